package nl.participationsuite.web.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryHeading;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.tasks.TaskPage;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TaskSubject;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A person's task inbox as the workspace shows it: the tasks on their name and the group tasks open
 * to them, each with the trajectory it belongs to, filtered by trajectory and paged per list. The
 * database pages, filters and counts both lists; the trajectories of a page's rows are read in one
 * statement, and so are the trajectories the filter offers: a fixed number of statements whatever
 * the number of tasks and trajectories.
 */
@Component
class TaskInbox {

    static final int PAGE_SIZE = 20;

    /**
     * How many trajectories the filter offers as a list. A person who works in more types the
     * trajectory's reference instead: a list of hundreds is no help to anyone, least of all with a
     * keyboard or a screen reader.
     */
    static final int FILTER_OPTIONS = 30;

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

    /**
     * The inbox page; pages count from 1. The filter is {@code trajectory}, or else the trajectory
     * whose {@code reference} the person typed (one of the open trajectories they work in); neither
     * shows all trajectories.
     */
    Inbox of(PersonId me, UUID trajectory, String reference, int minePage, int openPage, Locale locale) {
        boolean referenceTyped = trajectory == null && reference != null && !reference.isBlank();
        Optional<TrajectoryHeading> typed = referenceTyped ? trajectories.openWorkedOnBy(me, reference) : Optional.empty();
        UUID selected = typed.map(heading -> heading.id().value()).orElse(trajectory);
        TaskSearch search = new TaskSearch(me, TaskSearch.Which.MINE, selected == null ? null : new TrajectoryId(selected),
                Set.of());
        TaskPage mine = page(search, minePage);
        TaskPage open = page(search.which(TaskSearch.Which.OPEN), openPage);

        List<TrajectoryHeading> workedOn = trajectories.openWorkedOnBy(me, FILTER_OPTIONS + 1);
        boolean typeReference = workedOn.size() > FILTER_OPTIONS;
        Set<TrajectoryId> shown = new LinkedHashSet<>();
        mine.tasks().forEach(task -> shown.add(task.trajectoryId()));
        open.tasks().forEach(task -> shown.add(task.trajectoryId()));
        if (selected != null) {
            shown.add(new TrajectoryId(selected));
        }
        Map<TrajectoryId, TrajectoryOption> headings = new HashMap<>();
        for (TrajectoryHeading heading : trajectories.headings(shown)) {
            headings.put(heading.id(), option(heading));
        }
        // The chosen trajectory is named only when the person may know it: they work in it, or a task
        // of theirs belongs to it. A trajectory id of someone else's shows nothing of that trajectory.
        TrajectoryId selectedId = selected == null ? null : new TrajectoryId(selected);
        boolean known = selectedId != null && (workedOn.stream().anyMatch(heading -> heading.id().equals(selectedId))
                || mine.tasks().stream().anyMatch(task -> task.trajectoryId().equals(selectedId))
                || open.tasks().stream().anyMatch(task -> task.trajectoryId().equals(selectedId)));
        TrajectoryOption chosen = known ? headings.get(selectedId) : null;

        List<TrajectoryOption> options = new ArrayList<>();
        if (!typeReference) {
            workedOn.stream().map(TaskInbox::option).forEach(options::add);
            if (chosen != null && options.stream().noneMatch(option -> option.id().equals(selected))) {
                options.add(chosen);
            }
            options.sort(Comparator.comparing(TrajectoryOption::reference));
        }
        boolean unknownReference = referenceTyped && typed.isEmpty();
        boolean nothingToFilter = selected == null && !unknownReference && mine.total() == 0 && open.total() == 0;
        Filter filter = nothingToFilter ? new Filter(List.of(), false, null, false)
                : new Filter(options, typeReference,
                        chosen != null ? chosen.reference() : referenceTyped ? reference.strip() : null, unknownReference);

        List<WorkflowTask> listed = new ArrayList<>(mine.tasks());
        listed.addAll(open.tasks());
        Rows rows = new Rows(headings, workflow.subjects(listed), clock.instant(), DateTimeFormatter
                .ofPattern(messages.getMessage("workspace.datetime.pattern", null, locale), locale)
                .withZone(clock.getZone()));
        Pager pager = new Pager(selected, pageOf(mine), pageOf(open));
        return new Inbox(pager.mine(mine.tasks().stream().map(task -> rows.row(task, false)).toList(), mine.total()),
                pager.open(open.tasks().stream().map(task -> rows.row(task, true)).toList(), open.total()),
                filter, selected);
    }

    /** One page of a list; a page beyond the last shows the last (one more query, only then). */
    private TaskPage page(TaskSearch search, int page) {
        int wanted = Math.min(Math.max(page, 1), Integer.MAX_VALUE / PAGE_SIZE);
        TaskPage tasks = workflow.tasks(search, (wanted - 1) * PAGE_SIZE, PAGE_SIZE);
        if (tasks.tasks().isEmpty() && tasks.total() > 0 && wanted > Pager.pages(tasks.total())) {
            tasks = workflow.tasks(search, (Pager.pages(tasks.total()) - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return tasks;
    }

    private static int pageOf(TaskPage tasks) {
        return tasks.offset() / PAGE_SIZE + 1;
    }

    private static TrajectoryOption option(TrajectoryHeading heading) {
        return new TrajectoryOption(heading.id().value(), heading.reference(), heading.title());
    }

    /** Turns tasks into table rows at one moment, in the reader's language and the product's time zone. */
    private record Rows(Map<TrajectoryId, TrajectoryOption> trajectories, Map<String, TaskSubject> subjects, Instant now,
            DateTimeFormatter format) {

        TaskRow row(WorkflowTask task, boolean open) {
            Instant due = task.due();
            return new TaskRow(task.id(), task.definitionKey(), task.name(), subjects.get(task.id()),
                    trajectories.get(task.trajectoryId()),
                    format.format(task.created()), iso(task.created()), due == null ? null : format.format(due),
                    due == null ? null : iso(due), task.isOverdue(now), open,
                    !open && !PERSONAL_TASKS.contains(task.definitionKey()));
        }

        private String iso(Instant instant) {
            return ZonedDateTime.ofInstant(instant, format.getZone()).toOffsetDateTime().toString();
        }
    }

    /** The links between the pages of both lists. */
    private record Pager(UUID trajectory, int minePage, int openPage) {

        TaskList mine(List<TaskRow> rows, long total) {
            return new TaskList(rows, total, minePage, pages(total),
                    minePage > 1 ? url(minePage - 1, openPage) : null,
                    minePage < pages(total) ? url(minePage + 1, openPage) : null);
        }

        TaskList open(List<TaskRow> rows, long total) {
            return new TaskList(rows, total, openPage, pages(total),
                    openPage > 1 ? url(minePage, openPage - 1) : null,
                    openPage < pages(total) ? url(minePage, openPage + 1) : null);
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

        static int pages(long total) {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** What the inbox page shows; {@code selectedTrajectory} is the filter, or null for all. */
    record Inbox(TaskList mine, TaskList open, Filter filter, UUID selectedTrajectory) {
    }

    /**
     * The trajectory filter: a list of the trajectories to choose from, or, for a person who works
     * in more than {@link #FILTER_OPTIONS}, a field for the reference ({@code typeReference}).
     * {@code reference} is the filter's reference as shown, {@code unknownReference} says that no
     * open trajectory of the person has the reference they typed.
     */
    record Filter(List<TrajectoryOption> options, boolean typeReference, String reference, boolean unknownReference) {

        /** Whether there is anything to filter on. */
        public boolean shown() {
            return typeReference || !options.isEmpty() || unknownReference;
        }
    }

    /** One page of a list; the page links are null where there is no such page. */
    record TaskList(List<TaskRow> rows, long total, int page, int pages, String previousUrl, String nextUrl) {

        public boolean paginated() {
            return pages > 1;
        }
    }

    /** A trajectory as a task row and the filter name it. */
    record TrajectoryOption(UUID id, String reference, String title) {
    }

    /**
     * A task as a table row. {@code name} is the engine's name, shown only for a task the message
     * bundles have no label for; {@code subject} is whom or what the task is about, or null; times come
     * formatted for reading and in ISO 8601 for {@code <time>}.
     */
    record TaskRow(String id, String definitionKey, String name, TaskSubject subject, TrajectoryOption trajectory, String createdText,
            String createdIso, String dueText, String dueIso, boolean overdue, boolean claimable, boolean releasable) {
    }
}
