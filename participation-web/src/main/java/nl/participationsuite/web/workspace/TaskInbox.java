package nl.participationsuite.web.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A person's task inbox as the workspace shows it: the tasks on their name and the group tasks open
 * to them, each with the trajectory it belongs to, filtered by trajectory and paged per list.
 */
@Component
class TaskInbox {

    static final int PAGE_SIZE = 20;

    /**
     * The user tasks the process model assigns to one named person. Every other user task is offered
     * to a trajectory's group: it can be claimed, and given back. {@code TaskInboxModelTests} keeps
     * this in step with the BPMN.
     */
    static final Set<String> PERSONAL_TASKS = Set.of(Activities.REVIEW_VISION, Activities.RESPOND_TO_ROLE_AGREEMENT,
            Activities.ACCEPT_SEAT, Activities.CAST_VOTE, Activities.CONDITIONS_CHECK_TASK);

    private final TrajectoryWorkflow workflow;

    private final TrajectoryService trajectories;

    private final MessageSource messages;

    private final Clock clock;

    TaskInbox(TrajectoryWorkflow workflow, TrajectoryService trajectories, MessageSource messages, Clock clock) {
        this.workflow = workflow;
        this.trajectories = trajectories;
        this.messages = messages;
        this.clock = clock;
    }

    /** The inbox page; {@code trajectory} null shows all trajectories, pages count from 1. */
    Inbox of(PersonId me, UUID trajectory, int minePage, int openPage, Locale locale) {
        List<WorkflowTask> tasks = workflow.tasksFor(me);
        Map<TrajectoryId, TrajectoryOption> trajectoryOptions = trajectoriesOf(tasks, me);
        Predicate<WorkflowTask> shown = task -> trajectory == null || task.trajectoryId().value().equals(trajectory);
        Rows rows = new Rows(trajectoryOptions, clock.instant(), DateTimeFormatter
                .ofPattern(messages.getMessage("workspace.datetime.pattern", null, locale), locale)
                .withZone(clock.getZone()));
        List<TaskRow> mine = tasks.stream().filter(shown).filter(task -> me.equals(task.assignee()))
                .map(task -> rows.row(task, false)).toList();
        List<TaskRow> open = tasks.stream().filter(shown).filter(task -> task.assignee() == null)
                .map(task -> rows.row(task, true)).toList();
        List<TrajectoryOption> options = trajectoryOptions.values().stream()
                .sorted(Comparator.comparing(TrajectoryOption::reference)).toList();
        Pager pager = new Pager(trajectory, minePage, openPage, mine.size(), open.size());
        return new Inbox(pager.mine(mine), pager.open(open), options, trajectory);
    }

    /** The trajectories of the tasks, each looked up once, as the person may see it. */
    private Map<TrajectoryId, TrajectoryOption> trajectoriesOf(List<WorkflowTask> tasks, PersonId me) {
        Map<TrajectoryId, TrajectoryOption> options = new LinkedHashMap<>();
        for (WorkflowTask task : tasks) {
            options.computeIfAbsent(task.trajectoryId(), id -> {
                Trajectory trajectory = trajectories.visibleTo(id, me);
                return new TrajectoryOption(id.value(), trajectory.reference(), trajectory.title());
            });
        }
        return options;
    }

    /** Turns tasks into table rows at one moment, in the reader's language and the product's time zone. */
    private record Rows(Map<TrajectoryId, TrajectoryOption> trajectories, Instant now, DateTimeFormatter format) {

        TaskRow row(WorkflowTask task, boolean open) {
            Instant due = task.due();
            return new TaskRow(task.id(), task.definitionKey(), task.name(), trajectories.get(task.trajectoryId()),
                    format.format(task.created()), iso(task.created()), due == null ? null : format.format(due),
                    due == null ? null : iso(due), task.isOverdue(now), open,
                    !open && !PERSONAL_TASKS.contains(task.definitionKey()));
        }

        private String iso(Instant instant) {
            return ZonedDateTime.ofInstant(instant, format.getZone()).toOffsetDateTime().toString();
        }
    }

    /** Cuts both lists into pages; a page out of range shows the nearest page there is. */
    private record Pager(UUID trajectory, int minePage, int openPage, int mineTotal, int openTotal) {

        Pager {
            minePage = within(minePage, mineTotal);
            openPage = within(openPage, openTotal);
        }

        TaskList mine(List<TaskRow> rows) {
            return new TaskList(page(rows, minePage), rows.size(), minePage, pages(mineTotal),
                    minePage > 1 ? url(minePage - 1, openPage) : null,
                    minePage < pages(mineTotal) ? url(minePage + 1, openPage) : null);
        }

        TaskList open(List<TaskRow> rows) {
            return new TaskList(page(rows, openPage), rows.size(), openPage, pages(openTotal),
                    openPage > 1 ? url(minePage, openPage - 1) : null,
                    openPage < pages(openTotal) ? url(minePage, openPage + 1) : null);
        }

        private String url(int mine, int open) {
            UriComponentsBuilder url = UriComponentsBuilder.fromPath(WorkspaceController.PATH);
            if (trajectory != null) {
                url.queryParam(WorkspaceController.TRAJECTORY_PARAM, trajectory);
            }
            if (mine > 1) {
                url.queryParam(WorkspaceController.MINE_PAGE_PARAM, mine);
            }
            if (open > 1) {
                url.queryParam(WorkspaceController.OPEN_PAGE_PARAM, open);
            }
            return url.toUriString();
        }

        private static List<TaskRow> page(List<TaskRow> rows, int page) {
            int from = (page - 1) * PAGE_SIZE;
            return rows.subList(from, Math.min(from + PAGE_SIZE, rows.size()));
        }

        private static int pages(int total) {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        private static int within(int page, int total) {
            return Math.min(Math.max(page, 1), pages(total));
        }
    }

    /** What the inbox page shows; {@code selectedTrajectory} is the filter, or null for all. */
    record Inbox(TaskList mine, TaskList open, List<TrajectoryOption> trajectories, UUID selectedTrajectory) {
    }

    /** One page of a list; the page links are null where there is no such page. */
    record TaskList(List<TaskRow> rows, int total, int page, int pages, String previousUrl, String nextUrl) {

        public boolean paginated() {
            return pages > 1;
        }
    }

    /** A trajectory as a task row and the filter name it. */
    record TrajectoryOption(UUID id, String reference, String title) {
    }

    /**
     * A task as a table row. {@code name} is the engine's name, shown only for a task the message
     * bundles have no label for; times come formatted for reading and in ISO 8601 for {@code <time>}.
     */
    record TaskRow(String id, String definitionKey, String name, TrajectoryOption trajectory, String createdText,
            String createdIso, String dueText, String dueIso, boolean overdue, boolean claimable, boolean releasable) {
    }
}
