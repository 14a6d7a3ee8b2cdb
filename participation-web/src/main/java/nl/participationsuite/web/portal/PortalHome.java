package nl.participationsuite.web.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.participationsuite.domain.seats.SteeringGroup;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.success.VisibleSuccess;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.workspace.tasks.VoteContext.TimeLeft;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;

/**
 * The portal's home for one resident: each trajectory they still take part in (the service shows a
 * resident only their own), its phase, the tasks on their name there, the successes made visible
 * there (newest first) and their contact person with the ways to reach them.
 */
@Component
class PortalHome {

    /** How many successes a trajectory shows on the home page. */
    static final int LATEST_SUCCESSES = 3;

    private final TrajectoryService trajectories;

    private final TrajectoryWorkflow workflow;

    private final SuccessService successes;

    private final People people;

    private final Clock clock;

    private final SteeringGroupService steeringGroups;

    PortalHome(TrajectoryService trajectories, TrajectoryWorkflow workflow, SuccessService successes, People people,
            SteeringGroupService steeringGroups, Clock clock) {
        this.steeringGroups = steeringGroups;
        this.trajectories = trajectories;
        this.workflow = workflow;
        this.successes = successes;
        this.people = people;
        this.clock = clock;
    }

    /** The home page; {@code trajectories} is empty when the resident takes part in nothing (any more). */
    record Home(List<TrajectoryCard> trajectories) {
    }

    /** One trajectory as the resident sees it. {@code contact} is null when it has no contact person. */
    record TrajectoryCard(UUID id, String title, Phase phase, List<TaskItem> tasks, List<SuccessItem> successes,
            Contact contact, boolean seatHolder) {
    }

    /** A task on the resident's name: where to do it, and by when (null for no deadline). */
    record TaskItem(String definitionKey, String name, String path, Instant due, TimeLeft left, boolean overdue) {
    }

    record SuccessItem(String title, String description, LocalDate achievedOn) {
    }

    /** The contact person: name, and e-mail address and phone number where the product has them. */
    record Contact(String name, String email, String phone) {
    }

    /**
     * The home page in a fixed number of statements, whatever the number of trajectories: the
     * resident's tasks, their trajectories with participants, the latest successes, the steering
     * groups and the contact persons, each read once for all trajectories.
     */
    Home of(PersonId me) {
        List<WorkflowTask> tasks = workflow.tasks(TaskSearch.of(me).which(TaskSearch.Which.MINE)).stream()
                .filter(task -> PortalTaskPages.FORMS.containsKey(task.formKey()))
                .toList();
        List<Trajectory> current = trajectories.takingPartActively(me);
        List<TrajectoryId> ids = current.stream().map(Trajectory::id).toList();
        Map<TrajectoryId, List<VisibleSuccess>> latest = successes.latestVisible(ids, LATEST_SUCCESSES);
        Map<TrajectoryId, SteeringGroup> groups = steeringGroups.groupsOf(ids);
        Set<PersonId> contactIds = current.stream().map(Trajectory::contactPersonId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<PersonId, Contact> contacts = contactIds.isEmpty() ? Map.of() : people.findAllById(contactIds).stream()
                .collect(Collectors.toMap(Person::id, PortalHome::contactOf));
        Instant now = clock.instant();
        List<TrajectoryCard> cards = current.stream()
                .map(trajectory -> card(trajectory, me, tasks, latest.getOrDefault(trajectory.id(), List.of()),
                        groups.get(trajectory.id()), contacts.get(trajectory.contactPersonId()), now))
                .toList();
        return new Home(cards);
    }

    private TrajectoryCard card(Trajectory trajectory, PersonId me, List<WorkflowTask> tasks,
            List<VisibleSuccess> latest, SteeringGroup group, Contact contact, Instant now) {
        List<TaskItem> mine = tasks.stream().filter(task -> task.trajectoryId().equals(trajectory.id()))
                .map(task -> new TaskItem(task.definitionKey(), task.name(), PortalTaskPages.formPath(task), task.due(),
                        task.due() == null ? null : TimeLeft.until(task.due(), now), task.isOverdue(now)))
                .toList();
        List<SuccessItem> visible = latest.stream()
                .map(success -> new SuccessItem(success.title(), success.description(), success.achievedOn()))
                .toList();
        boolean seatHolder = group != null && trajectory.participantOf(me).map(Participant::id)
                .filter(group::holdsSeat).isPresent();
        return new TrajectoryCard(trajectory.id().value(), trajectory.title(), trajectory.phase(), mine, visible,
                contact, seatHolder);
    }

    private static Contact contactOf(Person person) {
        return new Contact(person.displayName(), person.email(), person.phone());
    }
}
