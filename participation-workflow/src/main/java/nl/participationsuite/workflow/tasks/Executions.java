package nl.participationsuite.workflow.tasks;

import java.util.List;

import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/** Reading and writing the process's few variables the same way in every delegate. */
public final class Executions {

    private Executions() {
    }

    /** The trajectory the process instance runs for. */
    public static TrajectoryId trajectoryId(VariableScope execution) {
        return TrajectoryId.of((String) execution.getVariable(VariableNames.TRAJECTORY_ID));
    }

    /** A string variable, refused when missing. */
    public static String required(VariableScope execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("process variable " + name + " is missing");
        }
        return value.toString();
    }

    /**
     * A list that feeds a multi-instance activity: transient, so that the engine reads it at once
     * and stores no serialised Java object; each instance gets a plain string element.
     */
    public static void setCollection(VariableScope execution, String name, List<String> values) {
        execution.setVariable(name, Variables.objectValue(List.copyOf(values), true).create());
    }
}
