package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.VoteTaskForm;
import nl.participationsuite.web.taskforms.SeatAcceptanceTaskForm;
import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.web.taskforms.ParticipantNames;
import nl.participationsuite.web.taskforms.SeatAcceptanceContext;
import nl.participationsuite.web.taskforms.VoteContext;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundId;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.Seat;
import nl.participationsuite.domain.seats.SteeringGroup;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome.Answer;
import nl.participationsuite.workflow.seats.VoteOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The steering group's personal tasks: taking or declining a seat, and voting on a round's proposal. */
@WebSliceTest(WorkspaceTaskFormController.class)
@Import({ TaskPages.class, TaskFormKinds.class, TaskFormFlow.class, SeatAcceptanceTaskForm.class, VoteTaskForm.class,
        SeatAcceptanceContext.class, VoteContext.class, ParticipantNames.class, Dates.class, FormIds.class,
        TaskFormSlice.FixedClock.class })
class SeatAndVoteTaskControllersTests {

    private static final String SEAT = "/werkruimte/taken/t-seat/zetel-aanvaarden";

    private static final String VOTE = "/werkruimte/taken/t-vote/stemmen";

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
    SteeringGroupService steeringGroups;

    @MockitoBean
    DecisionRoundService rounds;

    private final Person me = Person.professional("Jeroen Bakker", null, "subject-jeroen", OrganisationId.random());

    private TaskFormSlice slice;

    private final DecisionRoundId roundId = DecisionRoundId.random();

    @BeforeEach
    void aSteeringGroupWithMyOfferedSeatAndAnOpenRound() {
        when(currentPerson.get()).thenReturn(me);
        slice = new TaskFormSlice(workflow, trajectories, people, me);
        Participant mine = slice.join(me);
        Participant fatima = slice.join(Person.resident("Fatima El Amrani", null, null, null));
        Participant henk = slice.join(Person.resident("Henk Jansen", null, null, null));
        SteeringGroup group = mock(SteeringGroup.class);
        List<Seat> seats = List.of(seat(mine, false, false), seat(fatima, true, true), seat(henk, true, false));
        when(group.occupiedSeats()).thenReturn(seats);
        when(steeringGroups.groupOf(slice.trajectoryId())).thenReturn(Optional.of(group));
        slice.task("t-seat", Activities.ACCEPT_SEAT, FormKeys.SEAT_ACCEPTANCE, Map.of(VariableNames.SEAT_HOLDER_ID, me.id().toString()));

        DecisionRound round = mock(DecisionRound.class);
        when(round.id()).thenReturn(roundId);
        when(round.trajectoryId()).thenReturn(slice.trajectoryId());
        when(round.title()).thenReturn("Budget voor de zomeractiviteiten");
        when(round.proposal()).thenReturn("We besteden € 2.000 aan drie buitenactiviteiten voor ouderen.");
        when(round.deadline()).thenReturn(NOW.plus(Duration.ofDays(3)).plus(Duration.ofHours(5)));
        when(rounds.get(roundId)).thenReturn(round);
        slice.task("t-vote", Activities.CAST_VOTE, FormKeys.VOTE, Map.of(VariableNames.DECISION_ROUND_ID, roundId.toString(),
                VariableNames.VOTER_ID, me.id().toString()));
    }

    private static Seat seat(Participant holder, boolean resident, boolean accepted) {
        ParticipantId holderId = holder.id();
        Seat seat = mock(Seat.class);
        when(seat.holderId()).thenReturn(holderId);
        when(seat.isResidentSeat()).thenReturn(resident);
        when(seat.isAccepted()).thenReturn(accepted);
        when(seat.termFrom()).thenReturn(LocalDate.of(2027, 1, 1));
        when(seat.termUntil()).thenReturn(LocalDate.of(2028, 12, 31));
        return seat;
    }

    // seat

    @Test
    void theSeatPageShowsTheTermTheOtherMembersAndThatACommentGoesWithADeclineOnly() throws Exception {
        String page = html(mvc.perform(get(SEAT).with(professional()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/seat-acceptance")));

        assertThat(page).contains("<h1>Zetel in de stuurgroep aannemen of afslaan</h1>")
                .contains("Stuurgroep van Samen gezond in Lemelerveld")
                .contains("Van 1 januari 2027 tot 31 december 2028")
                .contains("Fatima El Amrani").contains("Henk Jansen").contains("(inwoner)").contains("nog niet aangenomen")
                .doesNotContain("<span>Jeroen Bakker</span>")
                .contains("<legend>Neemt u de zetel aan?</legend>")
                .contains("value=\"ACCEPT\"").contains("value=\"DECLINE\"")
                .contains("Alleen als u de zetel afslaat, en niet verplicht. Bij aannemen bewaren we geen toelichting.")
                .contains("aria-describedby=\"comment-hint\"").contains("name=\"_csrf\"");
    }

    @Test
    void decliningWithAReasonCompletesTheTaskWithTheReason() throws Exception {
        mvc.perform(post(SEAT).with(professional()).with(csrf()).param("answer", "DECLINE")
                        .param("comment", "Ik verhuis volgend jaar."))
                .andExpect(redirectedUrl("/werkruimte?traject=" + slice.trajectoryId()));

        verify(workflow).complete("t-seat", me.id(), new SeatAcceptanceOutcome(Answer.DECLINE, "Ik verhuis volgend jaar."));
    }

    @Test
    void acceptingCompletesTheTaskWithoutAComment() throws Exception {
        mvc.perform(post(SEAT).with(professional()).with(csrf()).param("answer", "ACCEPT").param("comment", ""))
                .andExpect(redirectedUrl("/werkruimte?traject=" + slice.trajectoryId()));

        verify(workflow).complete("t-seat", me.id(), new SeatAcceptanceOutcome(Answer.ACCEPT, null));
    }

    @Test
    void aCommentWithAnAcceptanceIsRefusedRatherThanLost() throws Exception {
        String page = html(mvc.perform(post(SEAT).with(professional()).with(csrf()).param("answer", "ACCEPT")
                        .param("comment", "Graag!"))
                .andExpect(status().isOk()));

        assertThat(page).contains("<a href=\"#comment\">Waarom slaat u de zetel af?: Bij aannemen bewaren we geen toelichting.")
                .contains("id=\"comment-error\"").contains("aria-describedby=\"comment-hint comment-error\"")
                .contains(">Graag!</textarea>");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void noAnswerIsAnErrorNextToTheChoice() throws Exception {
        String page = html(mvc.perform(post(SEAT).with(professional()).with(csrf())).andExpect(status().isOk()));

        assertThat(page).contains("<a href=\"#answer\">Neemt u de zetel aan?: Kies een van de mogelijkheden.</a>")
                .contains("id=\"answer-error\"");
        verify(workflow, never()).complete(any(), any(), any());
    }

    // vote

    @Test
    void theVotePageShowsTheProposalTheDeadlineAndHowLongIsLeftInWords() throws Exception {
        String page = html(mvc.perform(get(VOTE).with(professional()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/vote")));

        assertThat(page).contains("<h1>Stemmen over een voorstel</h1>")
                .contains("<h2 id=\"round-heading\">Budget voor de zomeractiviteiten</h2>")
                .contains("We besteden € 2.000 aan drie buitenactiviteiten voor ouderen.")
                .contains("<time datetime=\"2026-12-02T16:00+01:00\">2 december 2026 16:00</time>")
                .contains("(nog 3 dagen)")
                .contains("<legend>Wat stemt u?</legend>")
                .contains("<input type=\"radio\" name=\"choice\" id=\"choice\" value=\"FOR\">")
                .contains("<label for=\"choice\">Voor</label>")
                .contains("<label for=\"choice-AGAINST\">Tegen</label>")
                .contains("<label for=\"choice-ABSTAIN\">Ik onthoud me van stemming</label>")
                .doesNotContain("ABSENT")
                .contains("<button type=\"submit\" class=\"button\">Stem uitbrengen</button>");
    }

    @Test
    void timeLeftIsSaidInHoursOrMinutesWhenLessThanADayIsLeftAndAsPassedAfterwards() {
        assertThat(VoteContext.TimeLeft.until(NOW.plus(Duration.ofHours(5)).plusSeconds(59), NOW))
                .isEqualTo(new VoteContext.TimeLeft("task.vote.left.hours", 5));
        assertThat(VoteContext.TimeLeft.until(NOW.plusSeconds(30), NOW))
                .isEqualTo(new VoteContext.TimeLeft("task.vote.left.minutes", 1));
        assertThat(VoteContext.TimeLeft.until(NOW.minusSeconds(1), NOW))
                .isEqualTo(new VoteContext.TimeLeft("task.vote.left.none", 0));
    }

    @Test
    void votingCompletesTheTaskWithTheChoiceAndComment() throws Exception {
        mvc.perform(post(VOTE).with(professional()).with(csrf()).param("choice", "AGAINST")
                        .param("comment", "Liever één grote activiteit."))
                .andExpect(redirectedUrl("/werkruimte?traject=" + slice.trajectoryId()));

        verify(workflow).complete("t-vote", me.id(), new VoteOutcome(VoteChoice.AGAINST, "Liever één grote activiteit."));
    }

    @Test
    void absenceIsNoVoteAndNoChoiceIsAnError() throws Exception {
        assertThat(html(mvc.perform(post(VOTE).with(professional()).with(csrf()).param("choice", "ABSENT"))
                .andExpect(status().isOk()))).contains("<a href=\"#choice\">Wat stemt u?: Kies voor, tegen of onthouden.</a>");
        assertThat(html(mvc.perform(post(VOTE).with(professional()).with(csrf()).param("comment", "Eens"))
                .andExpect(status().isOk()))).contains("<a href=\"#choice\">Wat stemt u?: Kies een van de mogelijkheden.</a>")
                .contains(">Eens</textarea>");
        verify(workflow, never()).complete(any(), any(), any());
    }

    /** The task forms are bound by the pipeline, with the same binder-wide refusal of control characters as every form. */
    @Test
    void aControlCharacterInTheCommentIsAnErrorOnItsFieldAndNoVote() throws Exception {
        String page = html(mvc.perform(post(VOTE).with(professional()).with(csrf()).param("choice", "FOR")
                .param("comment", "Eens\u0000")).andExpect(status().isOk()));

        assertThat(page).contains("onzichtbaar stuurteken").contains("value=\"FOR\" checked=\"checked\"");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void aVoteAfterTheDeadlineShowsTheDomainsRuleOnTheForm() throws Exception {
        doThrow(new RuleViolationException("deadline", "rounds.deadline-passed", "the deadline for votes has passed"))
                .when(workflow).complete(eq("t-vote"), eq(me.id()), any());

        String page = html(mvc.perform(post(VOTE).with(professional()).with(csrf()).param("choice", "FOR"))
                .andExpect(status().isOk()));

        assertThat(page).contains("De termijn om te stemmen is voorbij.").contains("value=\"FOR\" checked=\"checked\"");
    }

    // both

    @Test
    void aTaskOfAnotherKindOrNotMineIsNotFound() throws Exception {
        when(workflow.task("t-other", me.id())).thenReturn(new WorkflowTask("t-other", Activities.DRAFT_VISION, "Draft",
                FormKeys.VISION_DRAFT, slice.trajectoryId(), null, NOW, null));
        when(workflow.task("t-gone", me.id())).thenThrow(new NotFoundException("task", "t-gone"));

        mvc.perform(get("/werkruimte/taken/t-other/stemmen").with(professional())).andExpect(status().isNotFound());
        mvc.perform(get("/werkruimte/taken/t-vote/zetel-aanvaarden").with(professional())).andExpect(status().isNotFound());
        mvc.perform(get("/werkruimte/taken/t-gone/stemmen").with(professional())).andExpect(status().isNotFound());
        mvc.perform(post("/werkruimte/taken/t-gone/zetel-aanvaarden").with(professional()).with(csrf())
                .param("answer", "ACCEPT")).andExpect(status().isNotFound());
    }

    @Test
    void needsAProfessionalAndACsrfToken() throws Exception {
        mvc.perform(get(VOTE).with(resident())).andExpect(status().isForbidden());
        mvc.perform(post(VOTE).with(professional()).param("choice", "FOR")).andExpect(status().isForbidden());
        mvc.perform(post(SEAT).with(professional()).param("answer", "ACCEPT")).andExpect(status().isForbidden());
        verify(workflow, never()).complete(any(), any(), any());
    }
}
