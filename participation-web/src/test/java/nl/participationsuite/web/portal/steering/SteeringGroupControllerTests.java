package nl.participationsuite.web.portal.steering;

import static nl.participationsuite.web.portal.ResidentPortalSlice.NOW;
import static nl.participationsuite.web.portal.ResidentPortalSlice.html;
import static nl.participationsuite.web.portal.ResidentPortalSlice.professional;
import static nl.participationsuite.web.portal.ResidentPortalSlice.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleAgreement;
import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundId;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.seats.Seat;
import nl.participationsuite.domain.seats.SteeringGroup;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.seats.Vote;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.portal.ResidentPortalSlice;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.taskforms.ParticipantNames;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The steering group seen by one of its members: who, what is decided now and before, and when it meets. */
@WebSliceTest(SteeringGroupController.class)
@Import({ ParticipantNames.class, Dates.class, ResidentPortalSlice.FixedClock.class })
class SteeringGroupControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SteeringGroupService steeringGroups;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    RoleAgreementService roles;

    @MockitoBean
    DecisionRoundService rounds;

    @MockitoBean
    MeetingService meetings;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    People people;

    private final Person me = Person.resident("Anouk Jansen", "anouk@example.org", "06-12345678", "subject-anouk");

    private ResidentPortalSlice slice;

    private TrajectoryId id;

    private String page;

    private ParticipantId anouk;

    private ParticipantId kees;

    @BeforeEach
    void anoukHoldsASeatNextToAProfessional() {
        when(currentPerson.get()).thenReturn(me);
        slice = new ResidentPortalSlice(trajectories, people, me);
        Trajectory hoonhorst = slice.trajectory("Samen gezond in Hoonhorst");
        id = hoonhorst.id();
        page = "/portaal/trajecten/" + id + "/stuurgroep";
        anouk = slice.mine(hoonhorst).id();
        kees = slice.join(hoonhorst, Person.professional("Kees Smit", "kees@example.org", null, OrganisationId.random()), null)
                .id();
        slice.join(hoonhorst, Person.resident("Daan Mulder", null, null, null), null);
        List<Seat> seats = List.of(seat(anouk, true), seat(kees, false));
        SteeringGroup group = mock(SteeringGroup.class);
        when(group.occupiedSeats()).thenReturn(seats);
        when(steeringGroups.seenByHolder(id, me.id())).thenReturn(group);
        List<RoleAgreement> agreed = List.of(agreement(anouk, Role.DECISION_MAKER));
        when(roles.currentAgreements(id)).thenReturn(agreed);
        when(rounds.rounds(id)).thenReturn(List.of());
        when(meetings.upcoming(id)).thenReturn(List.of());
        when(meetings.past(id)).thenReturn(List.of());
    }

    @Test
    void membersByNameOnlyWithKindAndRole() throws Exception {
        String html = html(mvc.perform(get(page).with(resident()))
                .andExpect(status().isOk()).andExpect(view().name(SteeringGroupController.VIEW)));

        assertThat(html).contains("<h1>De stuurgroep van Samen gezond in Hoonhorst</h1>")
                .contains("<caption>2 leden</caption>")
                .contains("<th scope=\"row\"> <span>Anouk Jansen</span> <span>(dat bent u)</span> </th> "
                        + "<td>Inwoner</td> <td>Meebeslisser</td>")
                .contains("<th scope=\"row\"> <span>Kees Smit</span> </th> <td>Professional</td> <td>Nog niet afgesproken</td>")
                .doesNotContain("Daan Mulder").doesNotContain("kees@example.org").doesNotContain("06-12345678")
                .contains("Er ligt nu geen voorstel om over te stemmen.").contains("Er is nog nergens over beslist.")
                .contains("Er is nog geen bijeenkomst gepland.");
    }

    @Test
    void openRoundsLinkToMyVoteTaskAndSayHowIVoted() throws Exception {
        DecisionRound toVote = round("Budget voor de buurtkamer", false);
        DecisionRound voted = round("Naam van de buurtkamer", false);
        Vote mine = mock(Vote.class);
        when(mine.choice()).thenReturn(VoteChoice.FOR);
        when(voted.voteOf(anouk)).thenReturn(Optional.of(mine));
        DecisionRound decided = round("Openingstijden", true);
        when(rounds.rounds(id)).thenReturn(List.of(decided, toVote, voted));
        String roundId = toVote.id().toString();
        when(workflow.tasks(TaskSearch.of(me.id()).which(TaskSearch.Which.MINE).in(id).ofKind(Activities.CAST_VOTE)))
                .thenReturn(List.of(new WorkflowTask("t-vote", Activities.CAST_VOTE,
                "Stemmen", FormKeys.VOTE, id, me.id(), NOW, null)));
        when(workflow.context("t-vote", me.id())).thenReturn(new TaskContext("t-vote", Activities.CAST_VOTE, id, me.id(),
                Map.of(VariableNames.DECISION_ROUND_ID, roundId)));

        String html = html(mvc.perform(get(page).with(resident())).andExpect(status().isOk()));

        assertThat(html).contains("<h3 id=\"open-round-1\">Budget voor de buurtkamer</h3>")
                .contains("Stemmen kan tot 6 december 2026 11:00.")
                .contains("<a class=\"button\" href=\"/portaal/taken/t-vote\">Stem over: Budget voor de buurtkamer</a>")
                .contains("<h3 id=\"open-round-2\">Naam van de buurtkamer</h3>").contains("U heeft gestemd: voor.")
                .contains("<h3 id=\"past-round-1\">Openingstijden</h3>").contains("<strong>Aangenomen</strong>")
                .contains("Stemmen voor: 3. Tegen: 1. Geen keuze: 0.");
    }

    @Test
    void meetingsWithDateAndPlace() throws Exception {
        Meeting next = meeting(NOW.plus(Duration.ofDays(3)), "Buurthuis De Schakel");
        Meeting earlier = meeting(NOW.minus(Duration.ofDays(30)), "Bibliotheek Dalfsen");
        when(meetings.upcoming(id)).thenReturn(List.of(next));
        when(meetings.past(id)).thenReturn(List.of(earlier));

        assertThat(html(mvc.perform(get(page).with(resident())).andExpect(status().isOk())))
                .contains("<strong>2 december 2026 11:00 tot 13:00</strong> <span>in Buurthuis De Schakel (buurthuis)</span>")
                .contains("<h3>Eerdere bijeenkomsten</h3>").contains("30 oktober 2026, Bibliotheek Dalfsen");
    }

    @Test
    void anyoneWithoutASeatOrAnUnknownTrajectoryIsNotFound() throws Exception {
        when(steeringGroups.seenByHolder(any(), eq(me.id()))).thenThrow(new NotFoundException("steering group", "x"));

        mvc.perform(get(page).with(resident())).andExpect(status().isNotFound());
        mvc.perform(get("/portaal/trajecten/" + UUID.randomUUID() + "/stuurgroep").with(resident()))
                .andExpect(status().isNotFound());
    }

    @Test
    void professionalsAreRefusedAndThePageTakesNoPost() throws Exception {
        mvc.perform(get(page).with(professional())).andExpect(status().isForbidden());
        mvc.perform(post(page).with(resident())).andExpect(status().isForbidden());
        mvc.perform(post(page).with(resident()).with(csrf())).andExpect(status().isMethodNotAllowed());
    }

    private static Seat seat(ParticipantId holder, boolean resident) {
        Seat seat = mock(Seat.class);
        when(seat.holderId()).thenReturn(holder);
        when(seat.isResidentSeat()).thenReturn(resident);
        return seat;
    }

    private static RoleAgreement agreement(ParticipantId participant, Role role) {
        RoleAgreement agreement = mock(RoleAgreement.class);
        when(agreement.participantId()).thenReturn(participant);
        when(agreement.role()).thenReturn(role);
        return agreement;
    }

    private static DecisionRound round(String title, boolean closed) {
        DecisionRound round = mock(DecisionRound.class);
        DecisionRoundId roundId = DecisionRoundId.random();
        when(round.id()).thenReturn(roundId);
        when(round.title()).thenReturn(title);
        when(round.proposal()).thenReturn("Het voorstel: " + title);
        when(round.deadline()).thenReturn(NOW.plus(Duration.ofDays(7)));
        when(round.isClosed()).thenReturn(closed);
        when(round.voteOf(any())).thenReturn(Optional.empty());
        if (closed) {
            when(round.closedAt()).thenReturn(NOW.minus(Duration.ofDays(1)));
            when(round.outcome()).thenReturn(RoundOutcome.ADOPTED);
            when(round.count(VoteChoice.FOR)).thenReturn(3L);
            when(round.count(VoteChoice.AGAINST)).thenReturn(1L);
        }
        return round;
    }

    private static Meeting meeting(Instant startsAt, String venue) {
        Meeting meeting = mock(Meeting.class);
        when(meeting.startsAt()).thenReturn(startsAt);
        when(meeting.endsAt()).thenReturn(startsAt.plus(Duration.ofHours(2)));
        when(meeting.venueName()).thenReturn(venue);
        when(meeting.venueType()).thenReturn(VenueType.NEIGHBOURHOOD_CENTRE);
        return meeting;
    }
}
