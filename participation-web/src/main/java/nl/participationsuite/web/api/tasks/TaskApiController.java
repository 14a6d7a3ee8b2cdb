package nl.participationsuite.web.api.tasks;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.web.api.ApiPages;
import nl.participationsuite.web.api.BodyRefusals;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TaskPage;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TaskSubject;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tasks}: the workflow tasks assigned to the caller or open to them, a page at a
 * time (the database filters, orders and counts them), claiming, releasing and completing one with
 * the typed outcome its form key names, as JSON. A task outside the caller's trajectories answers
 * 404; a genuine conflict (completed before, by the caller or someone else, or a colleague working
 * on it) 409 with the {@code reason}.
 */
@RestController
@Tag(name = "tasks", description = "The workflow tasks assigned to you or open to you: claim, release, complete")
@RequestMapping(TaskApiController.PATH)
class TaskApiController {

    static final String PATH = "/api/v1/tasks";

    private final TrajectoryWorkflow workflow;

    private final CurrentPerson currentPerson;

    private final ObjectMapper objectMapper;

    private final Clock clock;

    private final MessageSource messages;

    TaskApiController(TrajectoryWorkflow workflow, CurrentPerson currentPerson, ObjectMapper objectMapper, Clock clock,
            MessageSource messages) {
        this.workflow = workflow;
        this.currentPerson = currentPerson;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * A task as the API shows it: {@code name} in the caller's language (Dutch unless
     * {@code Accept-Language} asks for English), {@code definitionKey} the step of the process it is,
     * the same in every language; {@code subject} whom or what it is about, or null; {@code outcome}
     * names the record {@code complete} expects.
     */
    record TaskView(String id, String definitionKey, String name, Subject subject, String formKey, String outcome,
            TrajectoryId trajectoryId, PersonId assignee, Instant created, Instant due, boolean overdue) {
    }

    /** Whom or what a task is about: {@code kind} PERSON, INPUT, PROPOSAL or SUCCESS, and its name or first words. */
    record Subject(TaskSubject.Kind kind, String text) {
    }

    /** Which of the caller's tasks {@code GET /api/v1/tasks} lists. */
    enum Scope {
        /** On the caller's name: personal tasks and group tasks they took. */
        MINE(TaskSearch.Which.MINE),
        /** Group tasks nobody took yet, offered to the caller through their trajectories. */
        OPEN(TaskSearch.Which.OPEN),
        ALL(TaskSearch.Which.MINE_AND_OPEN);

        private final TaskSearch.Which which;

        Scope(TaskSearch.Which which) {
            this.which = which;
        }

        static Scope of(String value) {
            for (Scope scope : values()) {
                if (scope.name().equalsIgnoreCase(value.strip())) {
                    return scope;
                }
            }
            throw new RuleViolationException("scope", "invalid", "scope is one of mine, open, all");
        }
    }

    @GetMapping
    @Operation(operationId = "listTasks", summary = "The caller's tasks, a page at a time",
            description = "Tasks on the caller's name and group tasks open to them through their trajectories, "
                    + "oldest first (then by id, so pages never overlap). Pages count from 0; the answer holds the "
                    + "page's tasks under content and the page's number, size, totalElements and totalPages under page.")
    @ApiResponse(responseCode = "200", description = "One page of tasks")
    @ApiResponse(responseCode = "400", description = "A page, size or scope out of range",
            content = @Content(mediaType = "application/problem+json"))
    PagedModel<TaskView> list(
            @Parameter(description = "Only this trajectory's tasks") @RequestParam(required = false) UUID trajectoryId,
            @Parameter(description = "mine: on my name; open: group tasks nobody took yet; all: both",
                    schema = @Schema(allowableValues = { "mine", "open", "all" }, defaultValue = "all"))
            @RequestParam(defaultValue = "all") String scope,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Tasks per page, at most " + ApiPages.MAX_SIZE)
            @RequestParam(defaultValue = ApiPages.DEFAULT_SIZE) @Min(1) @Max(ApiPages.MAX_SIZE) int size,
            @Parameter(hidden = true) Locale locale) {
        TaskSearch search = new TaskSearch(me(), Scope.of(scope).which,
                trajectoryId == null ? null : new TrajectoryId(trajectoryId), Set.of());
        long offset = (long) page * size;
        TaskPage tasks = workflow.tasks(search, (int) Math.min(offset, Integer.MAX_VALUE), size);
        Map<String, TaskSubject> subjects = workflow.subjects(tasks.tasks());
        return ApiPages.of(new PageImpl<>(tasks.tasks(), PageRequest.of(page, size), tasks.total()),
                tasks.tasks().stream().map(task -> view(task, subjects.get(task.id()), locale)).toList());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getTask", summary = "One of the caller's tasks",
            description = "A task on the caller's name or open to them; any other answers 404.")
    @ApiResponse(responseCode = "200", description = "The task")
    TaskView read(@PathVariable String id, @Parameter(hidden = true) Locale locale) {
        WorkflowTask task = workflow.task(id, me());
        return view(task, workflow.subjects(List.of(task)).get(task.id()), locale);
    }

    @PostMapping("/{id}/claim")
    @ApiResponse(responseCode = "204", description = "Claimed: the task is on your name")
    @ApiResponse(responseCode = "409", description = "A colleague has it (holder names them) or it is done; nothing changed")
    @Operation(operationId = "claimTask", summary = "Takes an open group task; 409 when a colleague has it or it is done")
    ResponseEntity<Void> claim(@PathVariable String id) {
        workflow.claim(id, me());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/release")
    @Operation(operationId = "releaseTask", summary = "Gives a claimed group task back to the group",
            description = "Only a group task on your own name can be released (400 otherwise).")
    @ApiResponse(responseCode = "204", description = "Released: the task is open to the group again")
    @ApiResponse(responseCode = "400", description = "Not a group task on your name")
    @ApiResponse(responseCode = "409", description = "A colleague has it (holder names them) or it is done; nothing changed")
    ResponseEntity<Void> release(@PathVariable String id) {
        workflow.release(id, me());
        return ResponseEntity.noContent().build();
    }

    /**
     * Completes the task with its outcome: the JSON body is the record the task's form key names
     * (see {@code outcome} on the task); unknown properties are refused. The document lists the
     * records from the process ({@link TaskOutcomeSchemas}).
     */
    @PostMapping("/{id}/complete")
    @Operation(operationId = "completeTask", summary = "Completes a task with its typed outcome")
    @ApiResponse(responseCode = "204", description = "Completed; the trajectory took its next step")
    @ApiResponse(responseCode = "400", description = "The outcome is not the record the task expects, or breaks a rule",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such task in the caller's trajectories",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "A genuine conflict, named by reason: COMPLETED_BY_YOU, "
            + "COMPLETED_BY_SOMEONE_ELSE, CLAIMED_BY_COLLEAGUE (holder names the colleague), NO_LONGER_OPEN or BUSY "
            + "(try again); nothing was stored", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody JsonNode body) {
        workflow.completeWith(id, me(), type -> read(body, type));
        return ResponseEntity.noContent().build();
    }

    private TaskOutcome read(JsonNode body, Class<? extends TaskOutcome> type) {
        try {
            return objectMapper.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).readValue(body);
        }
        catch (JsonMappingException ex) {
            throw BodyRefusals.of(ex, "outcome");
        }
        catch (java.io.IOException ex) {
            throw new RuleViolationException("outcome", "invalid", "not a valid " + type.getSimpleName());
        }
    }

    /** The task as the API shows it; a step the bundles have no name for keeps the engine's (English) name. */
    private TaskView view(WorkflowTask task, TaskSubject subject, Locale locale) {
        String name = messages.getMessage("task." + task.definitionKey(), null, task.name(), locale);
        return new TaskView(task.id(), task.definitionKey(), name,
                subject == null ? null : new Subject(subject.kind(), subject.text()), task.formKey(),
                workflow.outcomeType(task).getSimpleName(), task.trajectoryId(), task.assignee(), task.created(),
                task.due(), task.isOverdue(clock.instant()));
    }

    private PersonId me() {
        return currentPerson.get().id();
    }
}
