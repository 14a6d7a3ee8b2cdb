package nl.participationsuite.web.api.input;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import nl.participationsuite.web.input.InputViews;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.AnswerDelivery;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.api.ApiPages;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.input.InputWorkflow;
import org.springframework.data.domain.Page;
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
 * {@code /api/v1/trajectories/{trajectoryId}/inputs}: the trajectory's resident input, newest first
 * (paged, optionally filtered on its status), one input with its timeline, and recording input on
 * behalf of a resident participant (someone without an account, or who gave it at a meeting or on
 * paper). A trajectory outside the caller's scope, and an input of another trajectory, answer 404.
 *
 * <p>Responding is not done here: every input gets a {@code RespondToInputTask} for the
 * trajectory's professionals, completed through {@code /api/v1/tasks/{id}/complete} with an
 * {@code InputResponseOutcome} (status and feedback). That task is the one way to answer input, so
 * that the process knows it was answered and stops its escalation.
 */
@RestController
@Tag(name = "inputs", description = "Resident input and the answers to it")
@RequestMapping("/api/v1/trajectories/{trajectoryId}/inputs")
class InputApiController {

    private final TrajectoryService trajectories;

    private final InputService inputs;

    private final InputWorkflow workflow;

    private final CurrentPerson currentPerson;

    private final InputViews views;

    InputApiController(TrajectoryService trajectories, InputService inputs, InputWorkflow workflow,
            CurrentPerson currentPerson, InputViews views) {
        this.trajectories = trajectories;
        this.inputs = inputs;
        this.workflow = workflow;
        this.currentPerson = currentPerson;
        this.views = views;
    }

    /** One page of the trajectory's input, in a status or any, the most recently received first. */
    @GetMapping
    @Operation(operationId = "listInputs", summary = "The trajectory's resident input, a page at a time",
            description = "The most recently received first, optionally in one status.")
    @ApiResponse(responseCode = "200", description = "One page of input")
    PagedModel<InputViews.Summary> list(@PathVariable UUID trajectoryId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = ApiPages.DEFAULT_SIZE) @Min(1) @Max(ApiPages.MAX_SIZE) int size,
            @RequestParam(required = false) InputStatus status) {
        Trajectory trajectory = visible(trajectoryId);
        Page<ResidentInput> found = inputs.page(trajectory.id(), status, PageRequest.of(page, size));
        return ApiPages.of(found, views.summaries(trajectory, found.getContent()));
    }

    @GetMapping("/{inputId}")
    @Operation(operationId = "getInput", summary = "One input with its timeline")
    @ApiResponse(responseCode = "200", description = "The input")
    InputViews.Details read(@PathVariable UUID trajectoryId, @PathVariable UUID inputId) {
        Trajectory trajectory = visible(trajectoryId);
        ResidentInput input = inputs.find(new InputId(inputId))
                .filter(found -> found.trajectoryId().equals(trajectory.id()))
                .orElseThrow(() -> new NotFoundException("input", inputId));
        return views.details(trajectory, input);
    }

    /**
     * Records input of a resident participant on their behalf; the caller, a professional taking
     * part in the trajectory, is kept as the one who recorded it. The professionals get a task to
     * answer it by its due date.
     */
    @PostMapping
    @Operation(operationId = "recordInput", summary = "Records input on behalf of a resident participant",
            description = "By a professional taking part; the professionals get a task to answer it by its due date.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the input")
    ResponseEntity<InputViews.Details> record(@PathVariable UUID trajectoryId,
            @Valid @RequestBody RecordInputRequest request) {
        PersonId me = currentPerson.get().id();
        Trajectory trajectory = trajectories.visibleTo(new TrajectoryId(trajectoryId), me);
        ResidentInput received;
        try {
            received = workflow.receive(new ReceiveInput(trajectory.id(), request.residentParticipantId(), me,
                    request.channel(), request.topic(), request.text(), request.receivedAt()));
        }
        catch (RuleViolationException ex) {
            throw "residentId".equals(ex.field())
                    ? new RuleViolationException("residentParticipantId", ex.code(), ex.getMessage())
                    : ex;
        }
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + trajectory.id() + "/inputs/" + received.id()))
                .body(views.details(trajectory, received));
    }

    /**
     * Answers the input: what happened with it and the feedback the resident reads. Completes the
     * input's respond task for the caller (a professional of the trajectory) in one transaction;
     * an input answered already is 409.
     */
    @PostMapping("/{inputId}/response")
    @Operation(operationId = "respondToInput", summary = "Answers the input",
            description = "Completes the input's answer task for you: what happened with it and the feedback the resident reads.")
    @ApiResponse(responseCode = "200", description = "Answered")
    @ApiResponse(responseCode = "409", description = "The input was answered already; nothing was stored")
    InputViews.Details respond(@PathVariable UUID trajectoryId, @PathVariable UUID inputId,
            @Valid @RequestBody RespondRequest request) {
        PersonId me = currentPerson.get().id();
        Trajectory trajectory = trajectories.visibleTo(new TrajectoryId(trajectoryId), me);
        ResidentInput answered = workflow.respond(trajectory.id(), new InputId(inputId), me,
                new InputResponseOutcome(request.status(), request.feedback(), request.passedOn()));
        return views.details(trajectory, answered);
    }

    /**
     * An interim answer before the real one: what is being done, and the day the resident can expect
     * the answer (after today, within six months). The input stays open; its answer task and the
     * escalation of a late answer move to that day. Given by a professional of the trajectory; an input
     * answered already is 409.
     */
    @PostMapping("/{inputId}/interim-answer")
    @Operation(operationId = "giveInterimAnswer", summary = "Gives an interim answer before the real one",
            description = "What is being done and the day the answer is expected; the input stays open and its answer task moves to that day.")
    @ApiResponse(responseCode = "200", description = "The interim answer is recorded")
    @ApiResponse(responseCode = "409", description = "The input was answered already; nothing was stored")
    InputViews.Details interimAnswer(@PathVariable UUID trajectoryId, @PathVariable UUID inputId,
            @Valid @RequestBody InterimAnswerRequest request) {
        PersonId me = currentPerson.get().id();
        Trajectory trajectory = trajectories.visibleTo(new TrajectoryId(trajectoryId), me);
        ResidentInput input = workflow.giveInterimAnswer(trajectory.id(), new InputId(inputId), me,
                request.interimAnswer(), request.expectedOn());
        return views.details(trajectory, input);
    }

    /**
     * The answer: {@code ADOPTED}, {@code PARTLY_ADOPTED} or {@code NOT_ADOPTED}, always with feedback;
     * {@code passedOn} how it reaches the resident (omit for the portal; required for a resident without
     * a portal account).
     */
    record RespondRequest(@NotNull InputStatus status, @NotBlank @Size(max = ResidentInput.MAX_TEXT) String feedback,
            AnswerDelivery passedOn) {
    }

    /** An interim answer and the day the real answer is expected. */
    record InterimAnswerRequest(@NotBlank @Size(max = ResidentInput.MAX_TEXT) String interimAnswer,
            @NotNull LocalDate expectedOn) {
    }

    /**
     * What a professional fills in for a resident: whose input it is (a resident participant of the
     * trajectory), how it came in, and what it says. Without {@code receivedAt} it counts as
     * received now; an earlier moment (a meeting last week) makes it due earlier.
     */
    record RecordInputRequest(@NotNull ParticipantId residentParticipantId, @NotNull InputChannel channel,
            @Size(max = 200) String topic, @NotBlank @Size(max = ResidentInput.MAX_TEXT) String text,
            Instant receivedAt) {
    }

    private Trajectory visible(UUID trajectoryId) {
        return trajectories.visibleTo(new TrajectoryId(trajectoryId), currentPerson.get().id());
    }
}
