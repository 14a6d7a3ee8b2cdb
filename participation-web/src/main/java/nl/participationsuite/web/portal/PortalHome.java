package nl.participationsuite.web.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.MeetingSummary;
import nl.participationsuite.domain.seats.DecidedRound;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.success.VisibleSuccess;
import nl.participationsuite.domain.trajectory.ActiveParticipation;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.ProgressUpdate;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.taskforms.VoteContext.TimeLeft;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;

/**
 * The portal's home for one resident: each trajectory they still take part in (the service shows a
 * resident only their own), its phase, the tasks on their name there, the successes made visible
 * there (newest first), the coordinator's latest progress updates, what its steering group decided
 * (every participant sees it, seat or not: the outcome and the counts of votes, never who voted how),
 * their contact person with the ways to reach them, and its next meeting.
 */
@Component
class PortalHome {

    /** How many successes a trajectory shows on the home page. */
    static final int LATEST_SUCCESSES = 3;

    /** How many decided rounds of its steering group a trajectory shows on the home page. */
    static final int LATEST_DECISIONS = 3;

    /** How many progress updates a trajectory shows on the home page; the rest are on its news page. */
    static final int LATEST_UPDATES = 3;

    /**
     * How many trajectories one page of the home shows: a resident takes part in a few, but the
     * page's cost (and its length for a screen reader) must not grow with every closed trajectory
     * they ever took part in.
     */
    static final int PAGE_SIZE = 10;

    private final TrajectoryService trajectories;

    private final TrajectoryWorkflow workflow;

    private final SuccessService successes;

    private final People people;

    private final Clock clock;

    private final SteeringGroupService steeringGroups;

    private final DecisionRoundService rounds;

    private final MeetingService meetings;

    private final PortalTaskPages taskPages;

    PortalHome(TrajectoryService trajectories, TrajectoryWorkflow workflow, SuccessService successes, People people,
            SteeringGroupService steeringGroups, DecisionRoundService rounds, MeetingService meetings, Clock clock,
            PortalTaskPages taskPages) {
        this.taskPages = taskPages;
        this.meetings = meetings;
        this.steeringGroups = steeringGroups;
        this.rounds = rounds;
        this.trajectories = trajectories;
        this.workflow = workflow;
        this.successes = successes;
        this.people = people;
        this.clock = clock;
    }

    /**
     * One page of the home; {@code trajectories} is empty when the resident takes part in nothing (any
     * more). Pages count from 1; {@code total} is the number of trajectories on all pages.
     */
    record Home(List<TrajectoryCard> trajectories, int page, int pages, int total) {

        public boolean paginated() {
            return pages > 1;
        }

        public String previousUrl() {
            return page > 1 ? url(page - 1) : null;
        }

        public String nextUrl() {
            return page < pages ? url(page + 1) : null;
        }

        private static String url(int page) {
            return page == 1 ? PortalController.PATH : PortalController.PATH + "?" + PortalController.PAGE_PARAM + "=" + page;
        }
    }

    /** One trajectory as the resident sees it. {@code contact} is null when it has no contact person. */
    record TrajectoryCard(UUID id, String title, Phase phase, List<TaskItem> tasks, List<SuccessItem> successes,
            List<DecisionItem> decisions, List<UpdateItem> updates, Contact contact, boolean seatHolder,
            NextMeeting nextMeeting) {
    }

    /** A progress update the coordinator sent: when, and what it says. */
    record UpdateItem(Instant sentAt, String message) {

        static UpdateItem of(ProgressUpdate update) {
            return new UpdateItem(update.sentAt(), update.message());
        }
    }

    /** The trajectory's next meeting (or the one under way): when and where; the meetings page has the rest. */
    record NextMeeting(UUID id, Instant startsAt, String venueName) {
    }

    /** A task on the resident's name: where to do it, and by when (null for no deadline). */
    record TaskItem(String definitionKey, String name, String path, Instant due, TimeLeft left, boolean overdue) {
    }

    record SuccessItem(String title, String description, LocalDate achievedOn) {
    }

    /** A decided round of the steering group: what, the outcome, when, and how many voted each way or were absent. */
    record DecisionItem(String title, RoundOutcome outcome, Instant closedAt, long votesFor, long votesAgainst,
            long abstentions, long absent, String followUp) {
    }

    /** The contact person: name, and e-mail address and phone number where the product has them. */
    record Contact(String name, String email, String phone) {
    }

    /**
     * One page of the home in a fixed number of statements, whatever the number of trajectories: the
     * resident's tasks, their trajectories (as projections, without participant lists), then for the
     * page's trajectories only the latest successes, the latest decisions of the steering groups
     * (with their counts), where they hold a seat and the contact persons, each read once. The
     * trajectories with a task for the resident come first, then the other open ones, then the closed
     * ones; newest first within each. A page beyond the last shows the last.
     */
    Home of(PersonId me, int page) {
        List<WorkflowTask> tasks = workflow.tasks(TaskSearch.of(me).which(TaskSearch.Which.MINE)).stream()
                .filter(task -> taskPages.inPortal(task.formKey()))
                .toList();
        Set<TrajectoryId> asked = tasks.stream().map(WorkflowTask::trajectoryId).collect(Collectors.toSet());
        List<ActiveParticipation> all = trajectories.activeParticipations(me).stream()
                .sorted(Comparator.comparing((ActiveParticipation trajectory) -> !asked.contains(trajectory.trajectoryId()))
                        .thenComparing(trajectory -> trajectory.phase() == Phase.CLOSED))
                .toList();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<ActiveParticipation> current = all.subList((shown - 1) * PAGE_SIZE, Math.min(all.size(), shown * PAGE_SIZE));
        List<TrajectoryId> ids = current.stream().map(ActiveParticipation::trajectoryId).toList();
        Map<TrajectoryId, List<VisibleSuccess>> latest = successes.latestVisible(ids, LATEST_SUCCESSES);
        Map<TrajectoryId, List<DecidedRound>> decided = rounds.latestDecided(ids, LATEST_DECISIONS);
        Map<TrajectoryId, List<ProgressUpdate>> updates = trajectories.latestProgressUpdates(ids, LATEST_UPDATES);
        Map<TrajectoryId, NextMeeting> next = meetings.upcoming(ids).stream().filter(meeting -> !meeting.isCancelled())
                .collect(Collectors.toMap(MeetingSummary::trajectoryId,
                        meeting -> new NextMeeting(meeting.id().value(), meeting.startsAt(), meeting.venueName()),
                        (soonest, later) -> soonest));
        Set<TrajectoryId> seated = steeringGroups.trajectoriesSeating(
                current.stream().map(ActiveParticipation::participantId).toList());
        Set<PersonId> contactIds = current.stream().map(ActiveParticipation::contactPersonId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<PersonId, Contact> contacts = people.findByIdIn(contactIds).stream()
                .collect(Collectors.toMap(Person::id, PortalHome::contactOf));
        Instant now = clock.instant();
        List<TrajectoryCard> cards = current.stream()
                .map(trajectory -> card(trajectory, tasks, latest.getOrDefault(trajectory.trajectoryId(), List.of()),
                        decided.getOrDefault(trajectory.trajectoryId(), List.of()),
                        updates.getOrDefault(trajectory.trajectoryId(), List.of()),
                        seated.contains(trajectory.trajectoryId()), contacts.get(trajectory.contactPersonId()),
                        next.get(trajectory.trajectoryId()), now))
                .toList();
        return new Home(cards, shown, pages, all.size());
    }

    private TrajectoryCard card(ActiveParticipation trajectory, List<WorkflowTask> tasks, List<VisibleSuccess> latest,
            List<DecidedRound> decided, List<ProgressUpdate> updates, boolean seatHolder, Contact contact,
            NextMeeting nextMeeting, Instant now) {
        List<TaskItem> mine = tasks.stream().filter(task -> task.trajectoryId().equals(trajectory.trajectoryId()))
                .map(task -> new TaskItem(task.definitionKey(), task.name(), taskPages.formPath(task), task.due(),
                        task.due() == null ? null : TimeLeft.until(task.due(), now), task.isOverdue(now)))
                .toList();
        List<SuccessItem> visible = latest.stream()
                .map(success -> new SuccessItem(success.title(), success.description(), success.achievedOn()))
                .toList();
        List<DecisionItem> decisions = decided.stream()
                .map(round -> new DecisionItem(round.title(), round.outcome(), round.closedAt(), round.votesFor(),
                        round.votesAgainst(), round.abstentions(), round.absent(), round.followUp()))
                .toList();
        return new TrajectoryCard(trajectory.trajectoryId().value(), trajectory.title(), trajectory.phase(), mine,
                visible, decisions, updates.stream().map(UpdateItem::of).toList(), contact, seatHolder, nextMeeting);
    }

    private static Contact contactOf(Person person) {
        return new Contact(person.displayName(), person.email(), person.phone());
    }
}
