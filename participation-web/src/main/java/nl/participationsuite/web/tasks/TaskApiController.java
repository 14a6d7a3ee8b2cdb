package nl.participationsuite.web.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.workflow.conditions.ConditionsCheckOutcome;
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.involvement.RecruitmentOutcome;
import nl.participationsuite.workflow.motivation.MotivationOutcome;
import nl.participationsuite.workflow.roles.RoleAgreementResponseOutcome;
import nl.participationsuite.workflow.roles.RoleProposalOutcome;
import nl.participationsuite.workflow.roles.RoleRenegotiationOutcome;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome;
import nl.participationsuite.workflow.seats.SeatCompositionOutcome;
import nl.participationsuite.workflow.seats.SeatRestorationOutcome;
import nl.participationsuite.workflow.seats.VoteOutcome;
import nl.participationsuite.workflow.success.SuccessReportOutcome;
import nl.participationsuite.workflow.success.SuccessVisibilityOutcome;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.trajectory.ProgressUpdateOutcome;
import nl.participationsuite.workflow.trajectory.WorkingPhaseCloseOutcome;
import nl.participationsuite.workflow.vision.VisionDraftOutcome;
import nl.participationsuite.workflow.vision.VisionReviewOutcome;
import nl.participationsuite.workflow.vision.VisionRevisionOutcome;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tasks}: the workflow tasks assigned to the caller or open to them, claiming,
 * releasing and completing one with the typed outcome its form key names, as JSON. A task outside
 * the caller's trajectories answers 404; a task someone else completed or took first, 409.
 */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

    private final TrajectoryWorkflow workflow;

    private final CurrentPerson currentPerson;

    private final ObjectMapper objectMapper;

    private final Clock clock;

    TaskApiController(TrajectoryWorkflow workflow, CurrentPerson currentPerson, ObjectMapper objectMapper, Clock clock) {
        this.workflow = workflow;
        this.currentPerson = currentPerson;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** A task as the API shows it; {@code outcome} names the record {@code complete} expects. */
    record TaskView(String id, String name, String formKey, String outcome, TrajectoryId trajectoryId,
            PersonId assignee, Instant created, Instant due, boolean overdue) {
    }

    @GetMapping
    List<TaskView> list(@RequestParam(required = false) UUID trajectoryId) {
        return workflow.tasksFor(me()).stream()
                .filter(task -> trajectoryId == null || task.trajectoryId().value().equals(trajectoryId))
                .map(this::view)
                .collect(Collectors.toList());
    }

    @GetMapping("/{id}")
    TaskView read(@PathVariable String id) {
        return view(workflow.task(id, me()));
    }

    @PostMapping("/{id}/claim")
    ResponseEntity<Void> claim(@PathVariable String id) {
        workflow.claim(id, me());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/release")
    ResponseEntity<Void> release(@PathVariable String id) {
        workflow.release(id, me());
        return ResponseEntity.noContent().build();
    }

    /**
     * Completes the task with its outcome: the JSON body is the record the task's form key names
     * (see {@code outcome} on the task); unknown properties are refused.
     */
    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(oneOf = { RecruitmentOutcome.class, MotivationOutcome.class,
                    VisionDraftOutcome.class, VisionReviewOutcome.class, VisionRevisionOutcome.class,
                    RoleProposalOutcome.class, RoleAgreementResponseOutcome.class, RoleRenegotiationOutcome.class,
                    SeatCompositionOutcome.class, SeatAcceptanceOutcome.class, SeatRestorationOutcome.class,
                    VoteOutcome.class, InputResponseOutcome.class, SuccessVisibilityOutcome.class,
                    SuccessReportOutcome.class, ProgressUpdateOutcome.class, ConditionsCheckOutcome.class,
                    WorkingPhaseCloseOutcome.class }))) JsonNode body) {
        PersonId me = me();
        TaskOutcome outcome = read(body, workflow.outcomeType(workflow.task(id, me)));
        workflow.complete(id, me, outcome);
        return ResponseEntity.noContent().build();
    }

    private TaskOutcome read(JsonNode body, Class<? extends TaskOutcome> type) {
        try {
            return objectMapper.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).readValue(body);
        }
        catch (JsonMappingException ex) {
            String field = ex.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new RuleViolationException(field.isEmpty() ? "outcome" : field, "invalid",
                    "not a valid " + type.getSimpleName() + ": " + ex.getOriginalMessage());
        }
        catch (java.io.IOException ex) {
            throw new RuleViolationException("outcome", "invalid", "not a valid " + type.getSimpleName());
        }
    }

    private TaskView view(WorkflowTask task) {
        return new TaskView(task.id(), task.name(), task.formKey(), workflow.outcomeType(task).getSimpleName(),
                task.trajectoryId(), task.assignee(), task.created(), task.due(), task.isOverdue(clock.instant()));
    }

    private PersonId me() {
        return currentPerson.get().id();
    }
}
