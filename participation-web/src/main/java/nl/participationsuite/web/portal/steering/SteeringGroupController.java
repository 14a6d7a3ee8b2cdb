package nl.participationsuite.web.portal.steering;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleAgreement;
import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.seats.SteeringGroup;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.seats.Vote;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.taskforms.ParticipantNames;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;

/**
 * The steering group seen from inside, for the people who hold a seat in it now (for anyone else it
 * does not exist, the domain decides): its members by display name only, the rounds open now with a
 * way to one's own vote, the rounds decided before, and the meetings with their dates and places.
 */
@Controller
@RequestMapping(SteeringGroupController.PATH)
class SteeringGroupController {

    static final String PATH = "/portaal/trajecten/{trajectoryId}/stuurgroep";

    static final String VIEW = "portal/steering/steering-group";

    /** Where the portal shows one of the resident's tasks. */
    static final String PORTAL_TASKS = "/portaal/taken/";

    private static final DateTimeFormatter END_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SteeringGroupService steeringGroups;

    private final TrajectoryService trajectories;

    private final RoleAgreementService roles;

    private final DecisionRoundService rounds;

    private final MeetingService meetings;

    private final TrajectoryWorkflow workflow;

    private final ParticipantNames names;

    private final CurrentPerson currentPerson;

    private final Clock clock;

    SteeringGroupController(SteeringGroupService steeringGroups, TrajectoryService trajectories,
            RoleAgreementService roles, DecisionRoundService rounds, MeetingService meetings,
            TrajectoryWorkflow workflow, ParticipantNames names, CurrentPerson currentPerson,
            Clock clock) {
        this.steeringGroups = steeringGroups;
        this.trajectories = trajectories;
        this.roles = roles;
        this.rounds = rounds;
        this.meetings = meetings;
        this.workflow = workflow;
        this.names = names;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /** A member by display name; {@code role} is null while no role was agreed. */
    record Member(String name, boolean resident, Role role, boolean me) {
    }

    /** A round open now; {@code voteTask} is the address of my vote task, null when I have none (any more). */
    record OpenRound(String title, String proposal, Instant deadline, VoteChoice myVote, String voteTask) {
    }

    /** A decided round and how the votes went. */
    record PastRound(String title, String proposal, Instant closedAt, RoundOutcome outcome, long votesFor,
            long votesAgainst, long abstentions) {
    }

    /** A meeting: when (its end as a time of day, e.g. "21:00") and where; why it was cancelled, or null. */
    record MeetingDate(Instant startsAt, String endTime, String venueName, VenueType venueType,
            String cancellationReason) {
    }

    @GetMapping
    String show(@PathVariable UUID trajectoryId, Model model) {
        Person me = currentPerson.get();
        TrajectoryId id = new TrajectoryId(trajectoryId);
        SteeringGroup group = steeringGroups.seenByHolder(id, me.id());
        Trajectory trajectory = trajectories.get(id);
        ParticipantId myself = trajectory.participantOf(me.id()).orElseThrow().id();
        Map<ParticipantId, String> known = names.ofParticipants(trajectory);
        Map<ParticipantId, Role> agreed = new HashMap<>();
        for (RoleAgreement agreement : roles.currentAgreements(id)) {
            agreed.put(agreement.participantId(), agreement.role());
        }
        List<Member> members = group.occupiedSeats().stream()
                .map(seat -> new Member(known.get(seat.holderId()), seat.isResidentSeat(), agreed.get(seat.holderId()),
                        seat.holderId().equals(myself)))
                .toList();
        Map<String, String> voteTasks = voteTasks(id, me);
        List<DecisionRound> all = rounds.rounds(id);
        List<OpenRound> open = all.stream().filter(round -> !round.isClosed())
                .map(round -> new OpenRound(round.title(), round.proposal(), round.deadline(),
                        round.voteOf(myself).map(Vote::choice).orElse(null), voteTasks.get(round.id().toString())))
                .toList();
        List<PastRound> past = all.stream().filter(DecisionRound::isClosed)
                .sorted((a, b) -> b.closedAt().compareTo(a.closedAt()))
                .map(round -> new PastRound(round.title(), round.proposal(), round.closedAt(), round.outcome(),
                        round.count(VoteChoice.FOR), round.count(VoteChoice.AGAINST), round.count(VoteChoice.ABSTAIN)))
                .toList();
        model.addAttribute("trajectoryId", trajectoryId);
        model.addAttribute("trajectoryTitle", trajectory.title());
        model.addAttribute("members", members);
        model.addAttribute("openRounds", open);
        model.addAttribute("pastRounds", past);
        model.addAttribute("upcomingMeetings", meetings.upcoming(id).stream().map(this::date).toList());
        model.addAttribute("pastMeetings", meetings.past(id).stream().map(this::date).toList());
        return VIEW;
    }

    /**
     * My open vote tasks in this trajectory, by the id of the round they are for: the search is
     * narrowed to this trajectory's vote tasks on my name in the database, so the page reads one
     * task context per round open to my vote now, whatever else I or the trajectory have.
     */
    private Map<String, String> voteTasks(TrajectoryId id, Person me) {
        Map<String, String> byRound = new HashMap<>();
        TaskSearch myVotes = TaskSearch.of(me.id()).which(TaskSearch.Which.MINE).in(id).ofKind(Activities.CAST_VOTE);
        for (WorkflowTask task : workflow.tasks(myVotes)) {
            String round = workflow.context(task.id(), me.id()).variable(VariableNames.DECISION_ROUND_ID);
            byRound.put(round, PORTAL_TASKS + task.id());
        }
        return byRound;
    }

    private MeetingDate date(Meeting meeting) {
        return new MeetingDate(meeting.startsAt(), END_TIME.format(meeting.endsAt().atZone(clock.getZone())),
                meeting.venueName(), meeting.venueType(), meeting.cancellationReason());
    }
}
