package nl.participationsuite.workflow.tasks;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * The engine's candidate groups are per trajectory: its coordinator, and its professionals, so no
 * task is ever visible outside its trajectory. Who is in a group follows from the domain (the
 * trajectory's coordinator; its active professional participants); {@link VisibleTasks} answers
 * that in SQL with these same names, and the workflow integration tests fail when the two drift.
 */
public final class TaskGroups {

    private TaskGroups() {
    }

    public static String coordinatorGroup(TrajectoryId trajectory) {
        return "trajectory:" + trajectory + ":coordinator";
    }

    public static String professionalsGroup(TrajectoryId trajectory) {
        return "trajectory:" + trajectory + ":professionals";
    }
}
