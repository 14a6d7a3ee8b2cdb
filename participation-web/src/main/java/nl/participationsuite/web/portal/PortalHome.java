package nl.participationsuite.web.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.workspace.tasks.VoteContext.TimeLeft;
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

    Home of(PersonId me) {
        List<WorkflowTask> tasks = workflow.tasksFor(me).stream()
                .filter(task -> me.equals(task.assignee()) && PortalTaskPages.FORMS.containsKey(task.formKey()))
                .toList();
        Instant now = clock.instant();
        List<TrajectoryCard> cards = trajectories.visibleTo(me, Pageable.unpaged()).stream()
                .filter(trajectory -> trajectory.participantOf(me).filter(Participant::isActive).isPresent())
                .map(trajectory -> card(trajectory, me, tasks, now))
                .toList();
        return new Home(cards);
    }

    private TrajectoryCard card(Trajectory trajectory, PersonId me, List<WorkflowTask> tasks, Instant now) {
        List<TaskItem> mine = tasks.stream().filter(task -> task.trajectoryId().equals(trajectory.id()))
                .map(task -> new TaskItem(task.definitionKey(), task.name(), PortalTaskPages.formPath(task), task.due(),
                        task.due() == null ? null : TimeLeft.until(task.due(), now), task.isOverdue(now)))
                .toList();
        List<SuccessItem> visible = successes.successes(trajectory.id()).stream().filter(Success::isVisible)
                .sorted(Comparator.comparing(Success::visibleAt).reversed()).limit(LATEST_SUCCESSES)
                .map(success -> new SuccessItem(success.title(), success.description(), success.achievedOn()))
                .toList();
        boolean seatHolder = trajectory.participantOf(me).map(Participant::id)
                .flatMap(member -> steeringGroups.groupOf(trajectory.id()).filter(group -> group.holdsSeat(member)))
                .isPresent();
        return new TrajectoryCard(trajectory.id().value(), trajectory.title(), trajectory.phase(), mine, visible,
                contact(trajectory.contactPersonId()), seatHolder);
    }

    private Contact contact(PersonId contactPerson) {
        if (contactPerson == null) {
            return null;
        }
        return people.findById(contactPerson).map(PortalHome::contactOf).orElse(null);
    }

    private static Contact contactOf(Person person) {
        return new Contact(person.displayName(), person.email(), person.phone());
    }
}
