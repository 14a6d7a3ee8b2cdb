package nl.participationsuite.workflow.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the engine's history holds about one person: the tasks they were given (with the variables
 * local to each), the process variables that name them (as the person asked to review, vote, hold a
 * seat, or as the participant who stepped back), the identity links to them and the tasks they
 * completed (the operation log). The engine keeps people by id only; this finds every place those
 * ids are.
 */
@Service
public class EngineHistoryExport {

    /** Process variables whose value is a person id: each one routed a task to them. */
    static final Set<String> PERSON_VARIABLES = Set.of(VariableNames.REVIEWER_ID, VariableNames.AGREEMENT_HOLDER_ID,
            VariableNames.SEAT_HOLDER_ID, VariableNames.VOTER_ID, VariableNames.CHECK_PARTICIPANT_ID);

    /** Process variables whose value is a participant id (a motivation conversation, a step back). */
    static final Set<String> PARTICIPANT_VARIABLES = Set.of(VariableNames.RESIDENT_PARTICIPANT_ID,
            VariableNames.PARTICIPANT_ID);

    private final HistoryService history;

    EngineHistoryExport(HistoryService history) {
        this.history = history;
    }

    /** The person's engine history as plain values: tasks, variables and identity links. */
    @Transactional(readOnly = true)
    public Map<String, Object> of(PersonId person, Collection<ParticipantId> participations) {
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().taskAssignee(person.toString())
                .orderByHistoricActivityInstanceStartTime().asc().list();
        List<HistoricVariableInstance> named = new ArrayList<>();
        for (String name : PERSON_VARIABLES) {
            named.addAll(history.createHistoricVariableInstanceQuery().variableValueEquals(name, person.toString())
                    .disableCustomObjectDeserialization().list());
        }
        for (ParticipantId participation : participations) {
            for (String name : PARTICIPANT_VARIABLES) {
                named.addAll(history.createHistoricVariableInstanceQuery()
                        .variableValueEquals(name, participation.toString()).disableCustomObjectDeserialization().list());
            }
        }
        Map<String, List<HistoricVariableInstance>> taskVariables = tasks.isEmpty() ? Map.of()
                : history.createHistoricVariableInstanceQuery()
                        .taskIdIn(tasks.stream().map(HistoricTaskInstance::getId).toArray(String[]::new))
                        .disableCustomObjectDeserialization().list().stream()
                        .collect(Collectors.groupingBy(HistoricVariableInstance::getTaskId));
        List<HistoricIdentityLinkLog> links = history.createHistoricIdentityLinkLogQuery().userId(person.toString())
                .orderByTime().asc().list();
        List<UserOperationLogEntry> operations = history.createUserOperationLogQuery().userId(person.toString())
                .orderByTimestamp().asc().list();
        Set<String> instances = new HashSet<>();
        tasks.forEach(task -> instances.add(task.getProcessInstanceId()));
        operations.forEach(operation -> instances.add(operation.getProcessInstanceId()));
        named.forEach(variable -> instances.add(variable.getProcessInstanceId()));
        Map<String, String> trajectories = trajectories(instances);

        Map<String, Object> engine = new LinkedHashMap<>();
        engine.put("tasks", tasks.stream().map(task -> task(task, trajectories,
                taskVariables.getOrDefault(task.getId(), List.of()))).toList());
        engine.put("variables", named.stream().map(variable -> variable(variable, trajectories)).toList());
        engine.put("identityLinks", links.stream().map(EngineHistoryExport::link).toList());
        engine.put("operations", operations.stream().map(operation -> operation(operation, trajectories)).toList());
        return engine;
    }

    /** Trajectory ids (the business keys) of the process instances, in one query. */
    private Map<String, String> trajectories(Set<String> instanceIds) {
        instanceIds.remove(null);
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return history.createHistoricProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
    }

    private static Map<String, Object> task(HistoricTaskInstance task, Map<String, String> trajectories,
            List<HistoricVariableInstance> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", task.getId());
        values.put("task", task.getTaskDefinitionKey());
        values.put("name", task.getName());
        values.put("trajectoryId", trajectories.get(task.getProcessInstanceId()));
        values.put("startedAt", instant(task.getStartTime()));
        values.put("endedAt", instant(task.getEndTime()));
        values.put("dueAt", instant(task.getDueDate()));
        values.put("endReason", task.getDeleteReason());
        Map<String, Object> local = new LinkedHashMap<>();
        variables.forEach(variable -> local.put(variable.getName(), value(variable)));
        values.put("variables", local);
        return values;
    }

    /** What the person did through the engine (completing a task), as its operation log keeps it. */
    private static Map<String, Object> operation(UserOperationLogEntry operation, Map<String, String> trajectories) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("operation", operation.getOperationType());
        values.put("taskId", operation.getTaskId());
        values.put("trajectoryId", trajectories.get(operation.getProcessInstanceId()));
        values.put("at", instant(operation.getTimestamp()));
        return values;
    }

    private static Map<String, Object> variable(HistoricVariableInstance variable, Map<String, String> trajectories) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", variable.getName());
        values.put("value", value(variable));
        values.put("trajectoryId", trajectories.get(variable.getProcessInstanceId()));
        values.put("taskId", variable.getTaskId());
        values.put("createdAt", instant(variable.getCreateTime()));
        values.put("state", variable.getState());
        return values;
    }

    private static Map<String, Object> link(HistoricIdentityLinkLog link) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", link.getType());
        values.put("operation", link.getOperationType());
        values.put("taskId", link.getTaskId());
        values.put("at", instant(link.getTime()));
        return values;
    }

    /** A variable's value as plain text, number or yes/no; anything else by its type only. */
    private static Object value(HistoricVariableInstance variable) {
        Object value = variable.getValue();
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        return "(" + variable.getTypeName() + ")";
    }

    private static String instant(Date date) {
        return date == null ? null : date.toInstant().toString();
    }
}
