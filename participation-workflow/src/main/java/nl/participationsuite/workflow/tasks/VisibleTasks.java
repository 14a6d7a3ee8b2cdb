package nl.participationsuite.workflow.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which open tasks a person may see, answered by the database: a fixed number of statements
 * whatever the number of trajectories, tasks or people.
 * <p>
 * A task is visible to the person it is assigned to, and to the members of the candidate group it
 * is offered to. The groups are per trajectory ({@link TaskGroups}): its coordinator, and its active
 * professionals. They are derived in SQL from the domain's {@code trajectory} and
 * {@code participant} tables, so no trajectory is loaded to decide: for one task from its own
 * trajectory, for a list from {@code task_audience}, which the database keeps equal to that rule
 * (changeset 055). Each row carries its trajectory id from the same statement, so a trajectory
 * that ends meanwhile cannot leave a task without its trajectory.
 * <p>
 * The engine's task query could not do this: it takes the group names as a list (two per
 * trajectory the person ever took part in) and reads the business keys in a second query.
 */
@Component
class VisibleTasks {

    private static final String COLUMNS = """
            select t.id_ as id, t.task_def_key_ as definition_key, t.name_ as name, t.assignee_ as assignee,
                   t.create_time_ as created, t.due_date_ as due, pi.business_key_ as business_key
              from act_ru_task t
              join act_ru_execution pi on pi.id_ = t.proc_inst_id_
            """;

    /**
     * A list's rows: first the narrow rows of the search (task id, creation time, trajectory), sorted
     * and cut to the page, then the page's tasks read by id. Sorting and counting thousands of narrow
     * rows costs far less than sorting them with every column of the task.
     */
    private static final String PAGE_OF_TASKS = """
            select t.id_ as id, t.task_def_key_ as definition_key, t.name_ as name, t.assignee_ as assignee,
                   t.create_time_ as created, t.due_date_ as due, page.business_key as business_key%s
              from (%s) page
              join act_ru_task t on t.id_ = page.id
             order by page.created, page.id""";

    /**
     * One task offered to one of the person's groups, checked from the task's side: its groups
     * are its own trajectory's (the process instance's business key), so a handful of index
     * lookups answer it, however many trajectories the person takes part in. (Deriving all of the
     * person's groups first, as the lists do, made a single lookup cost as much as a whole list.)
     */
    private static final String OFFERED_TO_ME_IN_ITS_TRAJECTORY = """
            exists (select 1 from act_ru_identitylink l
                     where l.task_id_ = t.id_ and l.type_ = 'candidate'
                       and ((l.group_id_ = 'trajectory:' || pi.business_key_ || ':coordinator'
                             and exists (select 1 from trajectory tr
                                          where tr.id = cast(pi.business_key_ as uuid)
                                            and tr.coordinator_id = :person and tr.closed_at is null))
                         or (l.group_id_ = 'trajectory:' || pi.business_key_ || ':professionals'
                             and exists (select 1 from participant pa
                                          where pa.trajectory_id = cast(pi.business_key_ as uuid)
                                            and pa.person_id = :person and pa.kind = 'PROFESSIONAL'
                                            and pa.stepped_back_at is null))))""";

    private final JdbcClient jdbc;

    VisibleTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The open task, when the person may see it: on their name, or offered to one of their groups
     * (also while a colleague has claimed it, so that acting on it is a conflict, not "not found").
     */
    Optional<WorkflowTask> find(String taskId, PersonId person) {
        return find(taskId, person, "");
    }

    /**
     * The open task the person may see, locked until the end of the transaction: the start of an
     * action on it. Two actions on one task then run one after the other, and the second sees the
     * task as the first left it (completed, or claimed) instead of acting on what it read before.
     */
    Optional<WorkflowTask> lockForAction(String taskId, PersonId person) {
        return find(taskId, person, " for update of t");
    }

    private Optional<WorkflowTask> find(String taskId, PersonId person, String lock) {
        return jdbc.sql(COLUMNS + " where t.id_ = :task and (t.assignee_ = :assignee or " + OFFERED_TO_ME_IN_ITS_TRAJECTORY + ")"
                        + lock)
                .param("task", taskId)
                .param("assignee", person.toString())
                .param("person", person.value())
                .query(VisibleTasks::task).optional();
    }

    /**
     * A page of the person's tasks, oldest first (then by id, so pages never overlap), and how many
     * there are: one statement, which counts the tasks in the same pass that finds the page
     * ({@code count(*) over ()}) and sorts only as far as the page's end. A page beyond the last one
     * has no row to carry the count; only then is the count a second statement.
     */
    TaskPage page(TaskSearch search, int offset, int limit) {
        Filter filter = filter(search);
        int from = Math.max(offset, 0);
        if (limit <= 0) {
            return new TaskPage(List.of(), count(filter), from, limit);
        }
        long[] total = {-1};
        String page = "select visible.*, count(*) over () as total from (" + filter.sql()
                + ") visible order by created, id limit :limit offset :offset";
        List<WorkflowTask> tasks = filter.bind(jdbc.sql(PAGE_OF_TASKS.formatted(", page.total as total", page)))
                .param("limit", limit).param("offset", from)
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    return task(rs, row);
                }).list();
        return new TaskPage(tasks, tasks.isEmpty() ? (from == 0 ? 0 : count(filter)) : total[0], from, limit);
    }

    private long count(Filter filter) {
        return filter.bind(jdbc.sql("select count(*) from (" + filter.sql() + ") visible")).query(Long.class).single();
    }

    /** Every task the search finds, oldest first: for lists that are small by nature (a resident's own tasks). */
    List<WorkflowTask> all(TaskSearch search) {
        Filter filter = filter(search);
        return filter.bind(jdbc.sql(PAGE_OF_TASKS.formatted("", filter.sql()))).query(VisibleTasks::task).list();
    }

    /**
     * Who completed a task that is no longer open, when it was in the person's scope while it was
     * open: assigned to them at some point, completed by them, or offered to a group of its
     * trajectory they belong to (its coordinator, its professionals). Empty when the task never
     * existed or was never theirs to see: a resident's vote or review, done, is as unknown to
     * another resident of the trajectory as a random id. The person who completed it is the one the
     * engine's operation log names (every completion through the facade is logged in their name),
     * else the task's last assignee.
     */
    Optional<Completed> completed(String taskId, PersonId person) {
        return jdbc.sql("""
                        select coalesce((select o.user_id_ from act_hi_op_log o
                                          where o.task_id_ = h.id_ and o.operation_type_ = 'Complete'
                                          order by o.timestamp_ desc limit 1), h.assignee_) as completed_by
                          from act_hi_taskinst h
                          join act_hi_procinst pi on pi.id_ = h.proc_inst_id_
                         where h.id_ = :task and h.end_time_ is not null
                           and (h.assignee_ = :personName
                                or exists (select 1 from act_hi_op_log o
                                            where o.task_id_ = h.id_ and o.operation_type_ = 'Complete'
                                              and o.user_id_ = :personName)
                                or exists (select 1 from act_hi_identitylink l
                                            where l.task_id_ = h.id_ and l.type_ = 'assignee'
                                              and l.user_id_ = :personName)
                                or exists (select 1 from act_hi_identitylink l
                                            where l.task_id_ = h.id_ and l.type_ = 'candidate'
                                              and ((l.group_id_ = 'trajectory:' || pi.business_key_ || ':coordinator'
                                                    and exists (select 1 from trajectory tr
                                                                 where tr.id = cast(pi.business_key_ as uuid)
                                                                   and tr.coordinator_id = :person))
                                                or (l.group_id_ = 'trajectory:' || pi.business_key_ || ':professionals'
                                                    and exists (select 1 from participant pa
                                                                 where pa.trajectory_id = cast(pi.business_key_ as uuid)
                                                                   and pa.person_id = :person
                                                                   and pa.kind = 'PROFESSIONAL')))))
                        """)
                .param("task", taskId).param("person", person.value()).param("personName", person.toString())
                .query((rs, row) -> new Completed(rs.getString("completed_by"))).optional();
    }

    /**
     * The variables an open task sees, by name, in one statement: its own, then those of its
     * execution and each scope above it, the nearest scope winning, as the engine resolves them.
     * The trajectory process keeps only plain values (ids as text, numbers, flags, dates); a
     * variable of any other type is left out.
     */
    Map<String, Object> variables(String taskId) {
        Map<String, Object> variables = new HashMap<>();
        jdbc.sql("""
                        with recursive scope(id_, parent_id_, depth) as (
                            select e.id_, e.parent_id_, 1 from act_ru_execution e
                              join act_ru_task t on t.execution_id_ = e.id_
                             where t.id_ = :task
                            union all
                            select p.id_, p.parent_id_, s.depth + 1 from act_ru_execution p
                              join scope s on p.id_ = s.parent_id_
                        )
                        select v.name_, v.type_, v.text_, v.long_, v.double_, s.depth from act_ru_variable v
                          join scope s on v.execution_id_ = s.id_
                         where v.task_id_ is null
                        union all
                        select v.name_, v.type_, v.text_, v.long_, v.double_, 0 from act_ru_variable v
                         where v.task_id_ = :task
                         order by depth desc
                        """)
                .param("task", taskId)
                .query(rs -> {
                    Object value = plainValue(rs);
                    if (value != null) {
                        variables.put(rs.getString("name_"), value);
                    }
                    else {
                        variables.remove(rs.getString("name_"));
                    }
                });
        return variables;
    }

    private static Object plainValue(ResultSet rs) throws SQLException {
        String type = rs.getString("type_");
        long number = rs.getLong("long_");
        boolean noNumber = rs.wasNull();
        return switch (type) {
            case "string" -> rs.getString("text_");
            case "long", "integer", "short" -> noNumber ? null : number;
            case "boolean" -> noNumber ? null : number == 1;
            case "double" -> {
                double decimal = rs.getDouble("double_");
                yield rs.wasNull() ? null : decimal;
            }
            case "date" -> noNumber ? null : new java.util.Date(number);
            default -> null;
        };
    }

    /** A completed task: who completed it, when known. */
    record Completed(String completedBy) {
    }

    private static Filter filter(TaskSearch search) {
        List<String> parts = new ArrayList<>();
        if (search.which() != TaskSearch.Which.OPEN) {
            parts.add("""
                    select t.id_ as id, t.create_time_ as created, pi.business_key_ as business_key
                      from act_ru_task t
                      join act_ru_execution pi on pi.id_ = t.proc_inst_id_
                     where t.assignee_ = :assignee""" + narrowing(search));
        }
        if (search.which() != TaskSearch.Which.MINE) {
            parts.add(openToMe(search));
        }
        return new Filter(String.join(" union all ", parts), search);
    }

    /**
     * The unclaimed tasks offered to one of the person's groups (see {@link TaskGroups}), from the
     * rows the database keeps of who may see which of them ({@code task_audience}, changeset 055):
     * the same rule as {@link #OFFERED_TO_ME_IN_ITS_TRAJECTORY}, kept up to date by triggers in the
     * transaction that changes a task, its candidate links, a trajectory's coordinator or its
     * professionals. A person's page and count are then read from an index, however many
     * trajectories they coordinate or take part in.
     */
    private static String openToMe(TaskSearch search) {
        String oneTrajectory = search.trajectory() == null ? "" : " and a.trajectory_id = :trajectoryId";
        String kinds = search.definitionKeys().isEmpty() ? ""
                : " and exists (select 1 from act_ru_task t where t.id_ = a.task_id and t.task_def_key_ in (:kinds))";
        return """
                select a.task_id as id, a.created_at as created, cast(a.trajectory_id as text) as business_key
                  from task_audience a
                 where a.person_id = :person%s%s""".formatted(oneTrajectory, kinds);
    }

    private static String narrowing(TaskSearch search) {
        StringJoiner sql = new StringJoiner(" ", " ", "").setEmptyValue("");
        if (search.trajectory() != null) {
            sql.add("and pi.business_key_ = :trajectory");
        }
        if (!search.definitionKeys().isEmpty()) {
            sql.add("and t.task_def_key_ in (:kinds)");
        }
        return sql.toString();
    }

    /** The statement of a search and its parameters. */
    private record Filter(String sql, TaskSearch search) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            statement = statement.param("assignee", search.person().toString());
            if (search.which() != TaskSearch.Which.MINE) {
                statement = statement.param("person", search.person().value());
            }
            if (search.trajectory() != null) {
                statement = statement.param("trajectory", search.trajectory().toString())
                        .param("trajectoryId", search.trajectory().value());
            }
            if (!search.definitionKeys().isEmpty()) {
                statement = statement.param("kinds", List.copyOf(search.definitionKeys()));
            }
            return statement;
        }
    }

    private static WorkflowTask task(ResultSet rs, int row) throws SQLException {
        String definitionKey = rs.getString("definition_key");
        String assignee = rs.getString("assignee");
        Timestamp due = rs.getTimestamp("due");
        return new WorkflowTask(rs.getString("id"), definitionKey, rs.getString("name"),
                FormKeys.BY_USER_TASK.get(definitionKey), TrajectoryId.of(rs.getString("business_key")),
                assignee == null ? null : PersonId.of(assignee), rs.getTimestamp("created").toInstant(),
                due == null ? null : due.toInstant());
    }
}
