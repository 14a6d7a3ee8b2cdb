package nl.participationsuite.web.api.success;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.success.RegisterSuccess;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessId;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.SuccessCriterionId;
import nl.participationsuite.web.api.ApiPages;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.workflow.success.SuccessWorkflow;
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
 * {@code /api/v1/trajectories/{trajectoryId}/successes}: the trajectory's successes, the most
 * recently achieved first, one of them, and registering one. Registering is refused (400) outside
 * the working-together phase, the only time the process makes successes visible to residents;
 * making one visible is the professionals' {@code MakeSuccessVisibleTask} in the tasks API. A
 * trajectory outside the caller's scope, and a success of another trajectory, answer 404.
 */
@RestController
@Tag(name = "successes", description = "What a trajectory achieved")
@RequestMapping("/api/v1/trajectories/{trajectoryId}/successes")
class SuccessApiController {

    private final TrajectoryService trajectories;

    private final SuccessService successes;

    private final SuccessWorkflow workflow;

    private final CurrentPerson currentPerson;

    SuccessApiController(TrajectoryService trajectories, SuccessService successes, SuccessWorkflow workflow,
            CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.successes = successes;
        this.workflow = workflow;
        this.currentPerson = currentPerson;
    }

    /** One page of the trajectory's successes, of a kind or any, the latest achieved (then registered) first. */
    @GetMapping
    @Operation(operationId = "listSuccesses", summary = "The trajectory's successes, a page at a time",
            description = "The latest achieved (then registered) first, optionally of one kind.")
    @ApiResponse(responseCode = "200", description = "One page of successes")
    PagedModel<SuccessView> list(@PathVariable UUID trajectoryId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = ApiPages.DEFAULT_SIZE) @Min(1) @Max(ApiPages.MAX_SIZE) int size,
            @RequestParam(required = false) SuccessKind kind) {
        Trajectory trajectory = visible(trajectoryId);
        return new PagedModel<>(successes.page(trajectory.id(), kind, PageRequest.of(page, size)).map(SuccessView::of));
    }

    @GetMapping("/{successId}")
    @Operation(operationId = "getSuccess", summary = "One success of the trajectory")
    @ApiResponse(responseCode = "200", description = "The success")
    SuccessView read(@PathVariable UUID trajectoryId, @PathVariable UUID successId) {
        Trajectory trajectory = visible(trajectoryId);
        Success success = successes.get(new SuccessId(successId));
        if (!success.trajectoryId().equals(trajectory.id())) {
            throw new NotFoundException("success", successId);
        }
        return SuccessView.of(success);
    }

    /**
     * Registers a success in the trajectory's current cycle; the professionals get a task to make it
     * visible to the residents. Linked input belongs to the trajectory, linked criteria to its
     * adopted vision's definition of success.
     */
    @PostMapping
    @Operation(operationId = "registerSuccess", summary = "Registers a success in the current cycle",
            description = "Only while working together; the professionals get a task to make it visible to the residents. Linked input belongs to the trajectory, linked criteria to its adopted vision.")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the success")
    ResponseEntity<SuccessView> register(@PathVariable UUID trajectoryId,
            @Valid @RequestBody RegisterSuccessRequest request) {
        Trajectory trajectory = visible(trajectoryId);
        Success registered = workflow.register(new RegisterSuccess(trajectory.id(), request.kind(), request.title(),
                request.description(), request.achievedOn(), request.inputIds(), request.successCriterionIds()));
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + trajectory.id() + "/successes/"
                + registered.id())).body(SuccessView.of(registered));
    }

    /** What was achieved and when (not in the future); the input and criteria it relates to are optional. */
    record RegisterSuccessRequest(@NotNull SuccessKind kind, @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description, @NotNull LocalDate achievedOn, Set<InputId> inputIds,
            Set<SuccessCriterionId> successCriterionIds) {
    }

    private Trajectory visible(UUID trajectoryId) {
        return trajectories.visibleTo(new TrajectoryId(trajectoryId), currentPerson.get().id());
    }
}
