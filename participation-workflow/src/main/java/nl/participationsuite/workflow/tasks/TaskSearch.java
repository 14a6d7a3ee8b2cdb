package nl.participationsuite.workflow.tasks;

import java.util.Set;

import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * Which of a person's tasks to list.
 *
 * @param person whose tasks
 * @param which on their name, open to them through their trajectories, or both
 * @param trajectory only this trajectory's tasks, or null for all
 * @param definitionKeys only tasks of these kinds (user task ids of the BPMN), or empty for every kind
 */
public record TaskSearch(PersonId person, Which which, TrajectoryId trajectory, Set<String> definitionKeys) {

    public TaskSearch {
        definitionKeys = definitionKeys == null ? Set.of() : Set.copyOf(definitionKeys);
    }

    /** Every task on the person's name or open to them. */
    public static TaskSearch of(PersonId person) {
        return new TaskSearch(person, Which.MINE_AND_OPEN, null, Set.of());
    }

    public TaskSearch which(Which which) {
        return new TaskSearch(person, which, trajectory, definitionKeys);
    }

    public TaskSearch in(TrajectoryId trajectory) {
        return new TaskSearch(person, which, trajectory, definitionKeys);
    }

    public TaskSearch ofKind(String... definitionKeys) {
        return new TaskSearch(person, which, trajectory, Set.of(definitionKeys));
    }

    /** The lists a person has. */
    public enum Which {
        /** Assigned to the person (personal tasks, and group tasks they claimed). */
        MINE,
        /** Not assigned, offered to a group the person is in through a trajectory. */
        OPEN,
        MINE_AND_OPEN
    }
}
