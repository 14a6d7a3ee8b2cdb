package nl.participationsuite.web.workspace.tasks;

import static nl.participationsuite.web.workspace.tasks.TaskFormFixture.coordinator;
import static nl.participationsuite.web.workspace.tasks.TaskFormFixture.resident;
import static nl.participationsuite.web.workspace.tasks.TaskFormFixture.squeezed;
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

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.PartyExpectation;
import nl.participationsuite.domain.vision.SuccessCriterion;
import nl.participationsuite.domain.vision.VisionContent.Criterion;
import nl.participationsuite.domain.vision.VisionContent.Expectation;
import nl.participationsuite.domain.vision.VisionReview;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.vision.VisionDraftOutcome;
import nl.participationsuite.workflow.vision.VisionRevisionOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Drafting and revising the shared vision: rows without JavaScript, the checks, the outcome, the domain's rules on their field. */
@WebSliceTest(WorkspaceTaskFormController.class)
@Import({ TaskPages.class, TaskFormKinds.class, TaskFormFlow.class, VisionDraftTaskForm.class,
        VisionRevisionTaskForm.class, TaskParticipants.class, Dates.class, FormIds.class,
        TaskFormFixture.FixedClock.class })
class VisionTaskControllersTests {

    private static final String DRAFT = "/werkruimte/taken/t-draft/visie-opstellen";

    private static final String REVISION = "/werkruimte/taken/t-revise/visie-herzien";

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

    private TaskFormFixture fixture;

    private Participant fatima;

    private Participant henk;

    @BeforeEach
    void aTrajectoryWithTwoResidentsAndTheVisionTasks() {
        fixture = new TaskFormFixture(workflow, trajectories, currentPerson, people);
        fatima = fixture.participant(Person.resident("Fatima El Amrani", null, null, null), true);
        henk = fixture.participant(Person.resident("Henk Jansen", null, null, null), true);
        fixture.participant(Person.resident("Gerrit Mulder", null, null, null), false);
        fixture.task("t-draft", Activities.DRAFT_VISION, FormKeys.VISION_DRAFT, Map.of());
        fixture.task("t-revise", Activities.REVISE_VISION, FormKeys.VISION_REVISION, Map.of());
        fixture.task("t-other", Activities.RECRUIT_RESIDENTS, FormKeys.RECRUITMENT, Map.of());
    }

    @Test
    void theDraftOffersEmptyRowsForBothListsWithAButtonForOneMoreRow() throws Exception {
        String page = squeezed(mvc.perform(get(DRAFT).with(coordinator()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/vision-draft"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<h1>Gezamenlijke visie opstellen</h1>").contains("PT-2026-0011")
                .contains("<label for=\"sharedGoal\">Het gezamenlijke doel</label>")
                .contains("aria-describedby=\"sharedGoal-hint\"")
                .contains("<legend><span class=\"legend-heading\">Wat verwacht iedere partij?</span></legend>")
                .contains("<legend>Verwachting 3</legend>").doesNotContain("Verwachting 4")
                .contains("<label for=\"expectations-0-party\">Van wie is deze verwachting?</label>")
                .contains("<select id=\"expectations-0-party\" name=\"expectations[0].party\"")
                .contains("<option value=\"RESIDENTS\">De inwoners</option>")
                .contains("<option value=\"PARTICIPANT\">Eén deelnemer</option>")
                .contains("<option value=\"" + fatima.id() + "\">Fatima El Amrani (inwoner)</option>")
                .doesNotContain("Gerrit Mulder")
                .contains("<label for=\"expectations-2-text\">Wat verwacht deze partij?</label>")
                .contains("<legend>Succescriterium 3</legend>")
                .contains("id=\"successCriteria-0-description\" name=\"successCriteria[0].description\"")
                .contains("id=\"successCriteria-2-target\"")
                .contains("<button type=\"submit\" name=\"action\" value=\"add-expectation\" class=\"button button-secondary\">"
                        + "Nog een regel voor een verwachting</button>")
                .contains("value=\"add-criterion\"").contains("Nog een regel voor een succescriterium")
                .contains("Wat een succes is, kan voor inwoners, professionals en organisaties verschillen.")
                .contains("name=\"_csrf\"").contains("action=\"" + DRAFT + "\"")
                .doesNotContain("error-summary");
    }

    @Test
    void oneMoreRowKeepsWhatWasTypedAndChecksNothing() throws Exception {
        String page = squeezed(mvc.perform(post(DRAFT).with(coordinator()).with(csrf())
                        .param("action", "add-expectation")
                        .param("sharedGoal", "")
                        .param("expectations[0].party", "RESIDENTS").param("expectations[0].text", "Meebeslissen")
                        .param("expectations[1].party", "").param("expectations[1].text", "")
                        .param("expectations[2].party", "").param("expectations[2].text", "")
                        .param("successCriteria[0].description", "Inbreng krijgt antwoord"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<legend>Verwachting 4</legend>").doesNotContain("Verwachting 5")
                .contains("<option value=\"RESIDENTS\" selected=\"selected\">De inwoners</option>")
                .contains(">Meebeslissen</textarea>").contains("value=\"Inbreng krijgt antwoord\"")
                .doesNotContain("error-summary").doesNotContain("aria-invalid=\"true\"");

        String criteria = squeezed(mvc.perform(post(DRAFT).with(coordinator()).with(csrf())
                        .param("action", "add-criterion")
                        .param("successCriteria[0].description", "").param("successCriteria[1].description", "")
                        .param("successCriteria[2].description", ""))
                .andReturn().getResponse().getContentAsString());
        assertThat(criteria).contains("<legend>Succescriterium 4</legend>").contains("<legend>Verwachting 1</legend>");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void theFilledRowsBecomeTheDraftAndEmptyRowsAreIgnored() throws Exception {
        mvc.perform(filledDraft(post(DRAFT)))
                .andExpect(redirectedUrl("/werkruimte?traject=" + fixture.trajectoryId));

        verify(workflow).complete("t-draft", fixture.me.id(), new VisionDraftOutcome(
                "Inwoners bepalen mee hoe de wijk gezonder wordt.",
                List.of(new Expectation(Party.RESIDENTS, null, "Meedenken en meebeslissen"),
                        new Expectation(Party.PARTICIPANT, henk.id(), "Een maatje voor nieuwe bewoners")),
                List.of(new Criterion("Inbreng krijgt binnen twee weken antwoord", "Registratie van inbreng", "90 procent"))));
    }

    @Test
    void wrongRowsComeBackWithIndexedErrorsLinkedFromTheSummary() throws Exception {
        String page = squeezed(mvc.perform(post(DRAFT).with(coordinator()).with(csrf())
                        .param("sharedGoal", " ")
                        .param("expectations[0].party", "").param("expectations[0].text", "")
                        .param("expectations[1].party", "RESIDENTS").param("expectations[1].text", " ")
                        .param("expectations[2].party", "PARTICIPANT").param("expectations[2].text", "Een maatje")
                        .param("successCriteria[0].description", "Inbreng krijgt antwoord")
                        .param("successCriteria[0].measuredBy", "Registratie"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        // the empty first row is left out: the rows filled in are numbered 1 and 2, on the form and in the summary
        assertThat(page).contains("<title>Fout: Gezamenlijke visie opstellen")
                .contains("<a href=\"#sharedGoal\">Het gezamenlijke doel: Vul dit veld in.</a>")
                .contains("<a href=\"#expectations-0-text\">Wat verwacht deze partij?: Vul dit veld in.</a>")
                .contains("<a href=\"#expectations-1-participantId\">Welke deelnemer?: "
                        + "Kies de deelnemer van wie deze verwachting is.</a>")
                .contains("<a href=\"#successCriteria-0-target\">Wanneer is het gelukt?: Vul dit veld in.</a>")
                .contains("<p class=\"field-error\" id=\"expectations-0-text-error\">")
                .contains("aria-describedby=\"expectations-1-participantId-hint expectations-1-participantId-error\"")
                .contains("<option value=\"PARTICIPANT\" selected=\"selected\">Eén deelnemer</option>")
                .contains(">Een maatje</textarea>").contains("<legend>Verwachting 3</legend>");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void emptyListsAskForAtLeastOneRow() throws Exception {
        String page = squeezed(mvc.perform(post(DRAFT).with(coordinator()).with(csrf())
                        .param("sharedGoal", "Samen gezonder").param("expectations[0].text", "")
                        .param("expectations[0].participantId", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<a href=\"#expectations\">Wat verwacht iedere partij?: Vul minstens één verwachting in.</a>")
                .contains("<a href=\"#successCriteria\">Wanneer is het een succes?: Vul minstens één succescriterium in.</a>")
                .contains("<fieldset class=\"field rows\" id=\"expectations\" aria-describedby=\"expectations-hint expectations-error\">")
                .contains("id=\"successCriteria-error\"");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void aRuleTheDomainEnforcesShowsOnItsRowOrAboveTheForm() throws Exception {
        doThrow(new RuleViolationException("expectations[1].participantId", "participant.unknown", "no such participant"))
                .when(workflow).complete(eq("t-draft"), eq(fixture.me.id()), any());

        String onTheRow = squeezed(mvc.perform(filledDraft(post(DRAFT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(onTheRow).contains("<a href=\"#expectations-1-participantId\">Welke deelnemer?: "
                + "Deze persoon doet niet mee aan dit traject.</a>").contains("id=\"expectations-1-participantId-error\"");

        doThrow(new RuleViolationException("vision", "vision.in-progress", "in progress"))
                .when(workflow).complete(eq("t-draft"), eq(fixture.me.id()), any());
        String onTheForm = squeezed(mvc.perform(filledDraft(post(DRAFT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(onTheForm).contains("<li> <span>Er is al een visie in de maak. Pas die aan.</span> </li>")
                .contains(">Meedenken en meebeslissen</textarea>");
    }

    @Test
    void theRevisionStartsFromTheLatestVersionAndShowsTheChangeRequests() throws Exception {
        latestVersion();

        String page = squeezed(mvc.perform(get(REVISION).with(coordinator()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/vision-revision"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<h1>Gezamenlijke visie aanpassen</h1>")
                .contains("Wat de deelnemers willen veranderen aan versie 1")
                .contains("Gevraagde wijzigingen: 1. Deelnemers die instemden: 1.")
                .contains("<strong>Henk Jansen</strong>")
                .contains("<blockquote class=\"quote\">Noem ook de jongeren.</blockquote>")
                .contains("<h2>Versie 2</h2>")
                .contains(">Samen gezond in de wijk</textarea>")
                .contains("<option value=\"PARTICIPANT\" selected=\"selected\">Eén deelnemer</option>")
                .contains("<option value=\"" + fatima.id() + "\" selected=\"selected\">Fatima El Amrani (inwoner)</option>")
                .contains(">Ideeën inbrengen</textarea>")
                .contains("value=\"Aantal deelnemers\"").contains("value=\"20\"")
                .contains("<legend>Verwachting 3</legend>").contains("<legend>Succescriterium 3</legend>")
                .contains("Nieuwe versie voorleggen");
    }

    @Test
    void theRevisionIsTheWholeNextVersion() throws Exception {
        latestVersion();

        mvc.perform(post(REVISION).with(coordinator()).with(csrf())
                        .param("sharedGoal", "Samen gezond in de wijk, jong en oud")
                        .param("expectations[0].party", "PARTICIPANT")
                        .param("expectations[0].participantId", fatima.id().toString())
                        .param("expectations[0].text", "Ideeën inbrengen")
                        .param("expectations[1].party", "RESIDENTS").param("expectations[1].text", "Jongeren doen mee")
                        .param("successCriteria[0].description", "Veel inwoners doen mee")
                        .param("successCriteria[0].measuredBy", "Aantal deelnemers")
                        .param("successCriteria[0].target", "20"))
                .andExpect(redirectedUrl("/werkruimte?traject=" + fixture.trajectoryId));

        verify(workflow).complete("t-revise", fixture.me.id(), new VisionRevisionOutcome("Samen gezond in de wijk, jong en oud",
                List.of(new Expectation(Party.PARTICIPANT, fatima.id(), "Ideeën inbrengen"),
                        new Expectation(Party.RESIDENTS, null, "Jongeren doen mee")),
                List.of(new Criterion("Veel inwoners doen mee", "Aantal deelnemers", "20"))));
    }

    @Test
    void aTaskOfAnotherKindIsNotFoundAndOnlyProfessionalsWithATokenGetIn() throws Exception {
        mvc.perform(get("/werkruimte/taken/t-other/visie-opstellen").with(coordinator())).andExpect(status().isNotFound());
        mvc.perform(get("/werkruimte/taken/t-draft/visie-herzien").with(coordinator())).andExpect(status().isNotFound());
        mvc.perform(get(DRAFT).with(resident())).andExpect(status().isForbidden());
        mvc.perform(post(DRAFT).with(coordinator()).param("sharedGoal", "Doel")).andExpect(status().isForbidden());
        verify(workflow, never()).complete(any(), any(), any());
    }

    private MockHttpServletRequestBuilder filledDraft(MockHttpServletRequestBuilder request) {
        return request.with(coordinator()).with(csrf())
                .param("sharedGoal", "  Inwoners bepalen mee hoe de wijk gezonder wordt. ")
                .param("expectations[0].party", "RESIDENTS").param("expectations[0].participantId", "")
                .param("expectations[0].text", "Meedenken en meebeslissen")
                .param("expectations[1].party", "").param("expectations[1].participantId", "")
                .param("expectations[1].text", " ")
                .param("expectations[2].party", "PARTICIPANT").param("expectations[2].participantId", henk.id().toString())
                .param("expectations[2].text", "Een maatje voor nieuwe bewoners")
                .param("successCriteria[0].description", "").param("successCriteria[0].measuredBy", "")
                .param("successCriteria[0].target", "")
                .param("successCriteria[1].description", "Inbreng krijgt binnen twee weken antwoord")
                .param("successCriteria[1].measuredBy", "Registratie van inbreng")
                .param("successCriteria[1].target", "90 procent");
    }

    private void latestVersion() {
        ParticipantId fatimaId = fatima.id();
        ParticipantId henkId = henk.id();
        VisionVersion version = mock(VisionVersion.class);
        when(version.number()).thenReturn(1);
        when(version.sharedGoal()).thenReturn("Samen gezond in de wijk");
        PartyExpectation expectation = mock(PartyExpectation.class);
        when(expectation.party()).thenReturn(Party.PARTICIPANT);
        when(expectation.participantId()).thenReturn(fatimaId);
        when(expectation.expectation()).thenReturn("Ideeën inbrengen");
        when(version.expectations()).thenReturn(List.of(expectation));
        SuccessCriterion criterion = mock(SuccessCriterion.class);
        when(criterion.description()).thenReturn("Veel inwoners doen mee");
        when(criterion.measuredBy()).thenReturn("Aantal deelnemers");
        when(criterion.target()).thenReturn("20");
        when(version.successCriteria()).thenReturn(List.of(criterion));
        VisionReview changeRequest = mock(VisionReview.class);
        when(changeRequest.participantId()).thenReturn(henkId);
        when(changeRequest.isEndorsement()).thenReturn(false);
        when(changeRequest.comment()).thenReturn("Noem ook de jongeren.");
        VisionReview endorsement = mock(VisionReview.class);
        when(endorsement.participantId()).thenReturn(fatimaId);
        when(endorsement.isEndorsement()).thenReturn(true);
        when(version.reviews()).thenReturn(List.of(changeRequest, endorsement));
        when(visions.current(fixture.trajectoryId)).thenReturn(Optional.of(version));
    }
}
