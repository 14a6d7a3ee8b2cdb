package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.RoleAgreementResponseTaskForm;
import nl.participationsuite.web.taskforms.VisionReviewTaskForm;
import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.web.taskforms.ParticipantNames;
import nl.participationsuite.web.taskforms.RoleAgreementResponseContext;
import nl.participationsuite.web.taskforms.VisionReviewContext;

import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.NOW;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.html;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.professional;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.participationsuite.domain.roles.AgreementStatus;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleAgreement;
import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.PartyExpectation;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.domain.vision.SuccessCriterion;
import nl.participationsuite.domain.vision.VisionReview;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionStatus;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.roles.RoleAgreementResponseOutcome;
import nl.participationsuite.workflow.roles.RoleAgreementResponseOutcome.Answer;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.vision.VisionReviewOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A participant's answers in the shared-vision and role-agreement phases: reviewing the vision, answering a role. */
@WebSliceTest(WorkspaceTaskFormController.class)
@Import({ TaskPages.class, TaskFormKinds.class, TaskFormFlow.class, VisionReviewTaskForm.class,
        RoleAgreementResponseTaskForm.class, VisionReviewContext.class, RoleAgreementResponseContext.class,
        ParticipantNames.class, Dates.class, FormIds.class, TaskFormSlice.FixedClock.class })
class ReviewAndAgreementTaskControllersTests {

    private static final String REVIEW = "/werkruimte/taken/t-review/visie-beoordelen";

    private static final String ROLE = "/werkruimte/taken/t-role/rolafspraak-beantwoorden";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    People people;

    @MockitoBean
    VisionService visions;

    @MockitoBean
    RoleAgreementService roles;

    private final Person me = Person.professional("Jeroen Bakker", null, "subject-jeroen", OrganisationId.random());

    private TaskFormSlice slice;

    @BeforeEach
    void aVersionUnderReviewAndARoleProposedToMe() {
        when(currentPerson.get()).thenReturn(me);
        slice = new TaskFormSlice(workflow, trajectories, people, me);
        Participant mine = slice.join(me);
        ParticipantId fatima = slice.join(Person.resident("Fatima El Amrani", null, null, null)).id();

        VisionVersion version = mock(VisionVersion.class);
        when(version.number()).thenReturn(2);
        when(version.status()).thenReturn(VisionStatus.IN_REVIEW);
        when(version.sharedGoal()).thenReturn("Iedereen in Lemelerveld kan gezond en veilig ouder worden.");
        when(version.submittedAt()).thenReturn(NOW.minus(Duration.ofDays(2)));
        PartyExpectation residents = mock(PartyExpectation.class);
        when(residents.party()).thenReturn(Party.RESIDENTS);
        when(residents.expectation()).thenReturn("Meedenken over elke nieuwe activiteit");
        PartyExpectation hers = mock(PartyExpectation.class);
        when(hers.party()).thenReturn(Party.PARTICIPANT);
        when(hers.participantId()).thenReturn(fatima);
        when(hers.expectation()).thenReturn("Een maandelijks spreekuur in het buurthuis");
        when(version.expectations()).thenReturn(List.of(residents, hers));
        SuccessCriterion criterion = mock(SuccessCriterion.class);
        when(criterion.description()).thenReturn("Ouderen bewegen wekelijks");
        when(criterion.measuredBy()).thenReturn("Telling bij de beweeggroepen");
        when(criterion.target()).thenReturn("40 deelnemers per week");
        when(version.successCriteria()).thenReturn(List.of(criterion));
        VisionReview review = mock(VisionReview.class);
        when(review.participantId()).thenReturn(fatima);
        when(review.verdict()).thenReturn(ReviewVerdict.CHANGE_REQUESTED);
        when(review.comment()).thenReturn("Jongeren komen er niet in voor.");
        when(review.reviewedAt()).thenReturn(NOW.minus(Duration.ofDays(1)));
        when(version.reviews()).thenReturn(List.of(review));
        when(visions.current(slice.trajectoryId())).thenReturn(Optional.of(version));
        slice.task("t-review", Activities.REVIEW_VISION, FormKeys.VISION_REVIEW, Map.of(VariableNames.REVIEWER_ID, me.id().toString()));

        RoleAgreement agreement = mock(RoleAgreement.class);
        when(agreement.role()).thenReturn(Role.BUDDY);
        when(agreement.responsibilities()).thenReturn("Samen met een nieuwe deelnemer naar de beweeggroep gaan");
        when(agreement.hoursPerMonth()).thenReturn(6);
        when(agreement.supportAgreed()).thenReturn(null);
        when(agreement.revision()).thenReturn(2);
        when(agreement.proposedAt()).thenReturn(NOW.minus(Duration.ofDays(3)));
        when(agreement.status()).thenReturn(AgreementStatus.PROPOSED);
        ParticipantId myId = mine.id();
        when(roles.current(slice.trajectoryId(), myId)).thenReturn(Optional.of(agreement));
        slice.task("t-role", Activities.RESPOND_TO_ROLE_AGREEMENT, FormKeys.ROLE_AGREEMENT_RESPONSE,
                Map.of(VariableNames.AGREEMENT_HOLDER_ID, me.id().toString()));
    }

    // vision review

    @Test
    void theReviewPageShowsTheWholeVersionAndTheReviewsSoFar() throws Exception {
        String page = html(mvc.perform(get(REVIEW).with(professional()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/vision-review")));

        assertThat(page).contains("<h1>Gezamenlijke visie beoordelen</h1>")
                .contains("Versie 2 van de gezamenlijke visie")
                .contains("Iedereen in Lemelerveld kan gezond en veilig ouder worden.")
                .contains("<dt>De inwoners</dt> <dd>Meedenken over elke nieuwe activiteit</dd>")
                .contains("<dt>Fatima El Amrani</dt> <dd>Een maandelijks spreekuur in het buurthuis</dd>")
                .contains("<caption>De definitie van succes")
                .contains("<th scope=\"row\">Ouderen bewegen wekelijks</th> <td>Telling bij de beweeggroepen</td> <td>40 deelnemers per week</td>")
                .contains("<strong>Fatima El Amrani</strong>: <span>vraagt om een aanpassing</span>")
                .contains("Jongeren komen er niet in voor.")
                .contains("<legend>Staat u achter deze versie?</legend>")
                .contains("<label for=\"verdict\">Ik sta achter deze versie</label>")
                .contains("<label for=\"verdict-CHANGE_REQUESTED\">Ik vraag om een aanpassing</label>");
    }

    @Test
    void endorsingCompletesTheTaskWithTheVerdict() throws Exception {
        mvc.perform(post(REVIEW).with(professional()).with(csrf()).param("verdict", "ENDORSED").param("comment", ""))
                .andExpect(redirectedUrl("/werkruimte?traject=" + slice.trajectoryId()));

        verify(workflow).complete("t-review", me.id(), new VisionReviewOutcome(ReviewVerdict.ENDORSED, ""));
    }

    @Test
    void askingForAChangeWithoutSayingWhichIsAFieldError() throws Exception {
        String page = html(mvc.perform(post(REVIEW).with(professional()).with(csrf())
                        .param("verdict", "CHANGE_REQUESTED").param("comment", "  "))
                .andExpect(status().isOk()));

        assertThat(page).contains("<title>Fout: Gezamenlijke visie beoordelen")
                .contains("<a href=\"#comment\">Toelichting: Schrijf wat er anders moet in de visie.</a>")
                .contains("<p class=\"field-error\" id=\"comment-error\"> <span>Schrijf wat er anders moet in de visie.</span> </p>")
                .contains("aria-describedby=\"comment-hint comment-error\"")
                .contains("value=\"CHANGE_REQUESTED\" checked=\"checked\"");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void aSecondReviewIsRefusedByTheDomainOnTheForm() throws Exception {
        doThrow(new RuleViolationException("participantId", "vision.already-reviewed", "already reviewed"))
                .when(workflow).complete(eq("t-review"), eq(me.id()), any());

        assertThat(html(mvc.perform(post(REVIEW).with(professional()).with(csrf()).param("verdict", "ENDORSED"))
                .andExpect(status().isOk()))).contains("U hebt deze versie al beoordeeld.");
    }

    // role agreement

    @Test
    void theRolePageShowsTheProposedTerms() throws Exception {
        String page = html(mvc.perform(get(ROLE).with(professional()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/role-response")));

        assertThat(page).contains("<h1>Reageren op uw rolafspraak</h1>")
                .contains("Dit is voorstel 2")
                .contains("<dt>Rol</dt> <dd>Maatje</dd>")
                .contains("Samen met een nieuwe deelnemer naar de beweeggroep gaan")
                .contains("Hoogstens 6 uur per maand").contains("Geen ondersteuning afgesproken")
                .contains("<legend>Gaat u akkoord met deze afspraak?</legend>")
                .contains("value=\"RENEGOTIATE\"");
    }

    @Test
    void askingToRenegotiateSaysWhatShouldChange() throws Exception {
        mvc.perform(post(ROLE).with(professional()).with(csrf()).param("answer", "RENEGOTIATE")
                        .param("comment", "Vier uur per maand is genoeg."))
                .andExpect(redirectedUrl("/werkruimte?traject=" + slice.trajectoryId()));

        verify(workflow).complete("t-role", me.id(),
                new RoleAgreementResponseOutcome(Answer.RENEGOTIATE, "Vier uur per maand is genoeg."));
    }

    @Test
    void renegotiatingWithoutACommentAndAcceptingWithOneAreFieldErrors() throws Exception {
        assertThat(html(mvc.perform(post(ROLE).with(professional()).with(csrf()).param("answer", "RENEGOTIATE"))
                .andExpect(status().isOk())))
                .contains("<a href=\"#comment\">Wat moet er anders?: Schrijf wat er anders moet aan de afspraak.</a>");
        assertThat(html(mvc.perform(post(ROLE).with(professional()).with(csrf()).param("answer", "ACCEPT")
                        .param("comment", "Prima zo"))
                .andExpect(status().isOk())))
                .contains("<a href=\"#comment\">Wat moet er anders?: Bij akkoord bewaren we geen toelichting.");
        verify(workflow, never()).complete(any(), any(), any());

        mvc.perform(post(ROLE).with(professional()).with(csrf()).param("answer", "ACCEPT"))
                .andExpect(redirectedUrl("/werkruimte?traject=" + slice.trajectoryId()));
        verify(workflow).complete("t-role", me.id(), new RoleAgreementResponseOutcome(Answer.ACCEPT, null));
    }

    // both

    @Test
    void aTaskNotMineIsNotFoundAndResidentsAndForgedPostsAreRefused() throws Exception {
        when(workflow.task("t-gone", me.id())).thenThrow(new NotFoundException("task", "t-gone"));

        mvc.perform(get("/werkruimte/taken/t-gone/visie-beoordelen").with(professional())).andExpect(status().isNotFound());
        mvc.perform(get("/werkruimte/taken/t-review/rolafspraak-beantwoorden").with(professional()))
                .andExpect(status().isNotFound());
        mvc.perform(get(REVIEW).with(resident())).andExpect(status().isForbidden());
        mvc.perform(post(ROLE).with(professional()).param("answer", "ACCEPT")).andExpect(status().isForbidden());
        verify(workflow, never()).complete(any(), any(), any());
    }
}
