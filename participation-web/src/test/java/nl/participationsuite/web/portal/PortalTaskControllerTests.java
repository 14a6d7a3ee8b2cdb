package nl.participationsuite.web.portal;

import static nl.participationsuite.web.portal.PortalSlice.NOW;
import static nl.participationsuite.web.portal.PortalSlice.html;
import static nl.participationsuite.web.portal.PortalSlice.professional;
import static nl.participationsuite.web.portal.PortalSlice.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.web.taskforms.ConditionsCheckTaskForm;
import nl.participationsuite.web.taskforms.VoteTaskForm;
import nl.participationsuite.web.taskforms.SeatAcceptanceTaskForm;
import nl.participationsuite.web.taskforms.RoleAgreementResponseTaskForm;
import nl.participationsuite.web.taskforms.VisionReviewTaskForm;
import nl.participationsuite.web.taskforms.TaskFormKind;
import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.conditions.ConditionAnswer;
import nl.participationsuite.domain.roles.AgreementStatus;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.seats.BackgroundDocument;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.taskforms.ConditionsCheckContext;
import nl.participationsuite.web.taskforms.RoleAgreementResponseContext;
import nl.participationsuite.web.taskforms.SeatAcceptanceContext;
import nl.participationsuite.web.taskforms.VisionReviewContext;
import nl.participationsuite.web.taskforms.VoteContext;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.conditions.ConditionsCheckOutcome;
import nl.participationsuite.workflow.roles.RoleAgreementResponseOutcome;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome;
import nl.participationsuite.workflow.seats.VoteOutcome;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.vision.VisionReviewOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The resident's five task forms in the portal: each shows the workspace's context and fields,
 * completes the task with the exact outcome and leads home; errors stay on the form; a task that
 * is not the resident's own, or of another kind, is not found.
 */
@WebSliceTest(PortalTaskController.class)
@Import({ PortalTaskPages.class, TaskFormKinds.class, TaskFormFlow.class, VisionReviewTaskForm.class,
        RoleAgreementResponseTaskForm.class, SeatAcceptanceTaskForm.class, VoteTaskForm.class, ConditionsCheckTaskForm.class,
        Dates.class, FormIds.class, PortalSlice.FixedClock.class })
class PortalTaskControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskFormKinds kinds;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    VisionReviewContext visions;

    @MockitoBean
    RoleAgreementResponseContext roles;

    @MockitoBean
    SeatAcceptanceContext seats;

    @MockitoBean
    VoteContext votes;

    @MockitoBean
    ConditionsCheckContext conditions;

    private final Person me = PortalSlice.anouk();

    private Trajectory trajectory;

    @BeforeEach
    void anoukHasOneTaskOfEachKind() {
        when(currentPerson.get()).thenReturn(me);
        // Each page shows what its context loads (stubbed below) beside the form, as the real contexts do.
        doCallRealMethod().when(visions).addTo(any(), any());
        doCallRealMethod().when(roles).addTo(any(), any());
        doCallRealMethod().when(seats).addTo(any(), any());
        doCallRealMethod().when(votes).addTo(any(), any());
        doCallRealMethod().when(conditions).addTo(any(), any());
        trajectory = PortalSlice.trajectory("Samen gezond in Hoonhorst", Phase.SHARED_VISION, me.id(), true, null);
        when(trajectories.visibleTo(trajectory.id(), me.id())).thenReturn(trajectory);
        TaskContext review = task("t-review", Activities.REVIEW_VISION, FormKeys.VISION_REVIEW);
        when(visions.load(review)).thenReturn(new VisionReviewContext.Version(2, true,
                "Inwoners van Hoonhorst bepalen mee hoe ouderen gezond thuis kunnen blijven wonen.",
                List.of(new VisionReviewContext.Expectation(Party.RESIDENTS, null, "Meedenken en meebeslissen")),
                List.of(new VisionReviewContext.Criterion("Inbreng krijgt binnen twee weken antwoord", "Registratie",
                        "90 procent")),
                NOW.minus(Duration.ofDays(1)), List.of(new VisionReviewContext.Review("Daan Mulder",
                        ReviewVerdict.ENDORSED, null, NOW.minus(Duration.ofHours(3))))));
        TaskContext role = task("t-role", Activities.RESPOND_TO_ROLE_AGREEMENT, FormKeys.ROLE_AGREEMENT_RESPONSE);
        when(roles.load(role)).thenReturn(new RoleAgreementResponseContext.Proposal(Role.DECISION_MAKER,
                "Meedoen aan de stuurgroep", 6, "Reiskostenvergoeding", 1, NOW.minus(Duration.ofDays(2)),
                AgreementStatus.PROPOSED));
        TaskContext seat = task("t-seat", Activities.ACCEPT_SEAT, FormKeys.SEAT_ACCEPTANCE);
        when(seats.load(seat)).thenReturn(new SeatAcceptanceContext.Offer("Samen gezond in Hoonhorst",
                new SeatAcceptanceContext.SeatTerm(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), false),
                List.of(new SeatAcceptanceContext.Member("Daan Mulder", true, true))));
        TaskContext vote = task("t-vote", Activities.CAST_VOTE, FormKeys.VOTE);
        when(votes.load(vote)).thenReturn(new VoteContext.Round("Plek van de wijkbijeenkomsten",
                "De bijeenkomsten voortaan in het dorpshuis.", NOW.plus(Duration.ofDays(3)), true,
                new VoteContext.TimeLeft("task.vote.left.days", 3),
                List.of(new BackgroundDocument("Huurprijs van het dorpshuis", "https://www.dalfsen.nl/dorpshuis.pdf"))));
        TaskContext check = task("t-check", Activities.CONDITIONS_CHECK_TASK, FormKeys.CONDITIONS_CHECK);
        when(conditions.load(check)).thenReturn(new ConditionsCheckContext.Round(1, NOW.minus(Duration.ofDays(1))));
    }

    /** A task on my name, due in two days. */
    private TaskContext task(String id, String definitionKey, String formKey) {
        TrajectoryId trajectoryId = trajectory.id();
        when(workflow.task(id, me.id())).thenReturn(new WorkflowTask(id, definitionKey, definitionKey, formKey,
                trajectoryId, me.id(), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2))));
        TaskContext context = new TaskContext(id, definitionKey, trajectoryId, me.id(), Map.of());
        when(workflow.context(id, me.id())).thenReturn(context);
        return context;
    }

    @Test
    void theFormNamesAreTheWorkspacesAndATasksOwnAddressLeadsToItsForm() throws Exception {
        assertThat(kinds.all()).filteredOn(kind -> kind.portal() != null).extracting(TaskFormKind::formKey)
                .containsExactlyInAnyOrder(FormKeys.VISION_REVIEW, FormKeys.ROLE_AGREEMENT_RESPONSE, FormKeys.SEAT_ACCEPTANCE,
                        FormKeys.VOTE, FormKeys.CONDITIONS_CHECK);
        mvc.perform(get("/portaal/taken/t-vote").with(resident())).andExpect(redirectedUrl("/portaal/taken/t-vote/stemmen"));
    }

    // vision review

    @Test
    void theReviewPageShowsTheVersionAndTheTwoVerdictsUnderAPortalHeader() throws Exception {
        String page = html(mvc.perform(get("/portaal/taken/t-review/visie-beoordelen").with(resident()))
                .andExpect(status().isOk()).andExpect(view().name(PortalTaskController.VIEW)));

        assertThat(page).contains("<title>Gezamenlijke visie beoordelen | ")
                .contains("<a href=\"/portaal\">Terug naar mijn portaal</a>")
                .contains("<h1>Gezamenlijke visie beoordelen</h1>")
                .contains("<dd>Samen gezond in Hoonhorst</dd>")
                .contains("<time datetime=\"2026-12-01T11:00+01:00\">1 december 2026 11:00</time> <span>(nog 2 dagen)</span>")
                .contains("Lees de gezamenlijke visie.")
                .contains("Inwoners van Hoonhorst bepalen mee hoe ouderen gezond thuis kunnen blijven wonen.")
                .contains("Daan Mulder")
                .contains("<form action=\"/portaal/taken/t-review/visie-beoordelen\" method=\"post\" class=\"form\" novalidate>")
                .contains("<h2>Uw beoordeling</h2>")
                .contains("Ik sta achter deze versie").contains("Ik vraag om een aanpassing")
                .contains("<button type=\"submit\" class=\"button\">Beoordeling versturen</button>")
                .contains("name=\"_csrf\"").doesNotContain("/werkruimte");
    }

    @Test
    void endorsingCompletesTheReviewAndLeadsHomeWithANotice() throws Exception {
        mvc.perform(post("/portaal/taken/t-review/visie-beoordelen").with(resident()).with(csrf())
                        .param("verdict", "ENDORSED").param("comment", ""))
                .andExpect(redirectedUrl("/portaal"))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("portal.task.notice.completed")));

        verify(workflow).complete("t-review", me.id(), new VisionReviewOutcome(ReviewVerdict.ENDORSED, ""));
    }

    @Test
    void aChangeRequestWithoutSayingWhatIsAnErrorOnTheComment() throws Exception {
        String page = html(mvc.perform(post("/portaal/taken/t-review/visie-beoordelen").with(resident()).with(csrf())
                        .param("verdict", "CHANGE_REQUESTED"))
                .andExpect(status().isOk()));

        assertThat(page).contains("<title>Fout: ").contains("<a href=\"#comment\">Toelichting: Schrijf wat er anders moet in de visie.</a>")
                .contains("id=\"comment-error\"");
        verify(workflow, never()).complete(any(), any(), any());
    }

    // role agreement

    @Test
    void askingToTalkTheRoleOverAgainCompletesWithTheComment() throws Exception {
        assertThat(html(mvc.perform(get("/portaal/taken/t-role/rolafspraak-beantwoorden").with(resident()))
                .andExpect(status().isOk()))).contains("<h1>Reageren op uw rolafspraak</h1>")
                .contains("Meedoen aan de stuurgroep").contains("Ik wil de afspraak opnieuw bespreken");

        mvc.perform(post("/portaal/taken/t-role/rolafspraak-beantwoorden").with(resident()).with(csrf())
                        .param("answer", "RENEGOTIATE").param("comment", "Zes uur is te veel voor mij."))
                .andExpect(redirectedUrl("/portaal"));

        verify(workflow).complete("t-role", me.id(), new RoleAgreementResponseOutcome(
                RoleAgreementResponseOutcome.Answer.RENEGOTIATE, "Zes uur is te veel voor mij."));
    }

    @Test
    void noAnswerToTheRoleIsAnErrorNextToTheChoice() throws Exception {
        assertThat(html(mvc.perform(post("/portaal/taken/t-role/rolafspraak-beantwoorden").with(resident()).with(csrf()))
                .andExpect(status().isOk())))
                .contains("<a href=\"#answer\">Gaat u akkoord met deze afspraak?: Kies een van de mogelijkheden.</a>");
        verify(workflow, never()).complete(any(), any(), any());
    }

    // seat

    @Test
    void takingTheSeatCompletesWithoutAComment() throws Exception {
        assertThat(html(mvc.perform(get("/portaal/taken/t-seat/zetel-aanvaarden").with(resident()))
                .andExpect(status().isOk()))).contains("Van 1 januari 2027 tot 31 december 2028").contains("Daan Mulder");

        mvc.perform(post("/portaal/taken/t-seat/zetel-aanvaarden").with(resident()).with(csrf()).param("answer", "ACCEPT"))
                .andExpect(redirectedUrl("/portaal"));

        verify(workflow).complete("t-seat", me.id(), new SeatAcceptanceOutcome(SeatAcceptanceOutcome.Answer.ACCEPT, null));
    }

    // vote

    @Test
    void theVotePageShowsTheProposalAndHowLongIsLeft() throws Exception {
        String page = html(mvc.perform(get("/portaal/taken/t-vote/stemmen").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("<h1>Stemmen over een voorstel</h1>")
                .contains("<h2 id=\"round-heading\">Plek van de wijkbijeenkomsten</h2>")
                .contains("De bijeenkomsten voortaan in het dorpshuis.")
                .contains("<h3>Achtergrondstukken</h3>")
                .contains("<a href=\"https://www.dalfsen.nl/dorpshuis.pdf\">Huurprijs van het dorpshuis</a>")
                .contains("<time datetime=\"2026-12-02T11:00+01:00\">2 december 2026 11:00</time> <strong>(nog 3 dagen)</strong>")
                .contains("<label for=\"choice\">Voor</label>")
                .contains("<button type=\"submit\" class=\"button\">Stem uitbrengen</button>");
    }

    @Test
    void votingCompletesWithTheChoiceAndComment() throws Exception {
        mvc.perform(post("/portaal/taken/t-vote/stemmen").with(resident()).with(csrf()).param("choice", "FOR")
                        .param("comment", "Dichtbij en vertrouwd"))
                .andExpect(redirectedUrl("/portaal"));

        verify(workflow).complete("t-vote", me.id(), new VoteOutcome(VoteChoice.FOR, "Dichtbij en vertrouwd"));
    }

    @Test
    void aVoteAfterTheDeadlineShowsTheDomainsRuleOnTheForm() throws Exception {
        doThrow(new RuleViolationException("deadline", "rounds.deadline-passed", "the deadline for votes has passed"))
                .when(workflow).complete(eq("t-vote"), eq(me.id()), any());

        String page = html(mvc.perform(post("/portaal/taken/t-vote/stemmen").with(resident()).with(csrf())
                .param("choice", "AGAINST")).andExpect(status().isOk()));

        assertThat(page).contains("De termijn om te stemmen is voorbij.").contains("value=\"AGAINST\" checked=\"checked\"");
    }

    @Test
    void openingAVoteAlreadyCastSaysSoWithTheWayHome() throws Exception {
        when(workflow.task("t-cast", me.id()))
                .thenThrow(new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_YOU, "t-cast"));

        String page = html(mvc.perform(get("/portaal/taken/t-cast/stemmen").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("U hebt deze taak al afgerond.").contains("href=\"/portaal\"")
                .doesNotContain("Foutcode");
    }

    @Test
    void someoneQuickerIsANoticeAtHome() throws Exception {
        doThrow(new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_YOU, "t-vote"))
                .when(workflow).complete(eq("t-vote"), eq(me.id()), any());

        mvc.perform(post("/portaal/taken/t-vote/stemmen").with(resident()).with(csrf()).param("choice", "FOR"))
                .andExpect(redirectedUrl("/portaal"))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.problem("portal.task.conflict.completed-by-you")));
    }

    // conditions

    @Test
    void scoringAllTenConditionsCompletesWithEachScore() throws Exception {
        assertThat(html(mvc.perform(get("/portaal/taken/t-check/randvoorwaarden").with(resident()))
                .andExpect(status().isOk()))).contains("Beantwoord alle tien de stellingen.")
                .contains("<label for=\"answers-INVOLVE_RESIDENTS_EARLY-score\">1 helemaal niet</label>");

        var request = post("/portaal/taken/t-check/randvoorwaarden").with(resident()).with(csrf());
        Map<Condition, ConditionAnswer> expected = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            request.param("answers[" + condition.name() + "].score", "3");
            request.param("answers[" + condition.name() + "].remark", "");
            expected.put(condition, new ConditionAnswer(3, ""));
        }
        mvc.perform(request).andExpect(redirectedUrl("/portaal"));

        verify(workflow).complete("t-check", me.id(), new ConditionsCheckOutcome(expected));
    }

    @Test
    void aMissingScoreIsAnErrorOnItsStatement() throws Exception {
        assertThat(html(mvc.perform(post("/portaal/taken/t-check/randvoorwaarden").with(resident()).with(csrf())
                .param("answers[SHARED_VISION_AND_CLEAR_ROLES].score", "4")).andExpect(status().isOk())))
                .contains("Kies bij stelling 2 een score van 1 tot 5.").doesNotContain("Kies bij stelling 1 een");
        verify(workflow, never()).complete(any(), any(), any());
    }

    // scope and security

    @Test
    void aTaskOfAnotherKindOrNotMineIsNotFound() throws Exception {
        TrajectoryId trajectoryId = trajectory.id();
        when(workflow.task("t-draft", me.id())).thenReturn(new WorkflowTask("t-draft", Activities.DRAFT_VISION, "Draft",
                FormKeys.VISION_DRAFT, trajectoryId, me.id(), NOW, null));
        when(workflow.task("t-group", me.id())).thenReturn(new WorkflowTask("t-group", Activities.REVIEW_VISION, "Review",
                FormKeys.VISION_REVIEW, trajectoryId, null, NOW, null));
        when(workflow.task("t-other", me.id())).thenThrow(new NotFoundException("task", "t-other"));

        mvc.perform(get("/portaal/taken/t-draft").with(resident())).andExpect(status().isNotFound());
        mvc.perform(get("/portaal/taken/t-draft/visie-beoordelen").with(resident())).andExpect(status().isNotFound());
        mvc.perform(get("/portaal/taken/t-group/visie-beoordelen").with(resident())).andExpect(status().isNotFound());
        mvc.perform(get("/portaal/taken/t-vote/zetel-aanvaarden").with(resident())).andExpect(status().isNotFound());
        mvc.perform(get("/portaal/taken/t-other/stemmen").with(resident())).andExpect(status().isNotFound());
        mvc.perform(post("/portaal/taken/t-other/stemmen").with(resident()).with(csrf()).param("choice", "FOR"))
                .andExpect(status().isNotFound());
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void needsAResidentAndACsrfToken() throws Exception {
        mvc.perform(get("/portaal/taken/t-vote/stemmen").with(professional())).andExpect(status().isForbidden());
        mvc.perform(post("/portaal/taken/t-vote/stemmen").with(resident()).param("choice", "FOR"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portaal/taken/t-review/visie-beoordelen").with(resident()).param("verdict", "ENDORSED"))
                .andExpect(status().isForbidden());
        verify(workflow, never()).complete(any(), any(), any());
    }
}
