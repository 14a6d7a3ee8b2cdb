package nl.participationsuite.workflow.tasks;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The subjects of a list of tasks, read in one statement whatever the number of tasks: for each
 * task the process variable that names its subject (nearest scope first, as the engine resolves it),
 * and the name or title that variable points to in the domain's tables.
 */
@Component
class TaskSubjects {

    /** Which variable names the subject of which task, and what it names. */
    static final Map<String, Source> SOURCES = Map.of(
            Activities.MOTIVATION_CONVERSATION, new Source(VariableNames.RESIDENT_PARTICIPANT_ID, TaskSubject.Kind.PERSON),
            Activities.VISION_REVIEW_FOLLOW_UP, new Source(VariableNames.AWAITED_PERSON_ID, TaskSubject.Kind.PERSON),
            Activities.ROLE_RESPONSE_FOLLOW_UP, new Source(VariableNames.AWAITED_PERSON_ID, TaskSubject.Kind.PERSON),
            Activities.SEAT_ACCEPTANCE_FOLLOW_UP, new Source(VariableNames.AWAITED_PERSON_ID, TaskSubject.Kind.PERSON),
            Activities.RENEGOTIATE_ROLE_AGREEMENT, new Source(VariableNames.AGREEMENT_HOLDER_ID, TaskSubject.Kind.PERSON),
            Activities.RESTORE_SEATS, new Source(VariableNames.PARTICIPANT_ID, TaskSubject.Kind.PERSON),
            Activities.RESPOND_TO_INPUT, new Source(VariableNames.INPUT_ID, TaskSubject.Kind.INPUT),
            Activities.CAST_VOTE, new Source(VariableNames.DECISION_ROUND_ID, TaskSubject.Kind.PROPOSAL),
            Activities.MAKE_SUCCESS_VISIBLE, new Source(VariableNames.SUCCESS_ID, TaskSubject.Kind.SUCCESS));

    /*
     * Each task's scopes, from its own execution up to the process instance, with the name of its
     * subject variable; per scope that one variable, looked up by execution (an index) and taken
     * from the nearest scope that has it; then the text it points to. The lookup is per scope row
     * (lateral): joined as sets, the planner hashed every variable and task of the engine for a
     * page of 20 (37 ms at 10 000 trajectories). Participant ids (motivation, step back) and person
     * ids (role agreement) both name a person: whichever table holds the id answers.
     */
    private static final String SUBJECTS = """
            with recursive scope(task_id, execution_id, variable, depth) as (
                select t.id_, t.execution_id_, case t.task_def_key_ %s end, 0 from act_ru_task t where t.id_ in (:tasks)
                union all
                select s.task_id, e.parent_id_, s.variable, s.depth + 1 from act_ru_execution e
                  join scope s on e.id_ = s.execution_id
                 where e.parent_id_ is not null
            ), subject as (
                select distinct on (s.task_id) s.task_id,
                       case when v.text_ ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                            then cast(v.text_ as uuid) end as id
                  from scope s
                  cross join lateral (select v.text_ from act_ru_variable v
                                       where v.execution_id_ = s.execution_id and v.name_ = s.variable
                                         and v.task_id_ is null
                                       limit 1) v
                 order by s.task_id, s.depth
            )
            select subject.task_id,
                   coalesce((select pe.display_name from participant pa join person pe on pe.id = pa.person_id
                              where pa.id = subject.id),
                            (select pe.display_name from person pe where pe.id = subject.id),
                            (select coalesce(nullif(i.topic, ''), i.text) from resident_input i
                              where i.id = subject.id),
                            (select r.title from decision_round r where r.id = subject.id),
                            (select su.title from success su where su.id = subject.id)) as text
              from subject
            """.formatted(cases());

    private final JdbcClient jdbc;

    TaskSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The subject of each task that has one, by task id; tasks without a subject are left out. */
    Map<String, TaskSubject> of(Collection<WorkflowTask> tasks) {
        List<WorkflowTask> withSubject = tasks.stream().filter(task -> SOURCES.containsKey(task.definitionKey())).toList();
        Map<String, TaskSubject> subjects = new HashMap<>();
        if (withSubject.isEmpty()) {
            return subjects;
        }
        Map<String, String> definitions = new HashMap<>();
        withSubject.forEach(task -> definitions.put(task.id(), task.definitionKey()));
        jdbc.sql(SUBJECTS).param("tasks", definitions.keySet()).query(rs -> {
            String text = rs.getString("text");
            String definition = definitions.get(rs.getString("task_id"));
            if (text != null && !text.isBlank() && definition != null) {
                subjects.put(rs.getString("task_id"), new TaskSubject(SOURCES.get(definition).kind(), text));
            }
        });
        return subjects;
    }

    private static String cases() {
        StringBuilder cases = new StringBuilder();
        SOURCES.forEach((definition, source) -> cases.append("when '").append(definition).append("' then '")
                .append(source.variable()).append("' "));
        return cases.toString();
    }

    /** The variable that holds the id of a task's subject, and what kind of thing it names. */
    record Source(String variable, TaskSubject.Kind kind) {
    }
}
