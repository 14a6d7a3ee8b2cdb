package nl.participationsuite.web.api.trajectories;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.api.ApiPages;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
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
 * {@code /api/v1/trajectories}: the trajectories in the caller's scope (their organisation's and
 * those they take part in), paged and optionally filtered on their phase; one of them; and starting
 * one as its coordinator. Anything outside the caller's scope answers 404.
 */
@RestController
@Tag(name = "trajectories", description = "Trajectories in your scope, and starting one")
@RequestMapping("/api/v1/trajectories")
class TrajectoryApiController {

    private final TrajectoryService trajectories;

    private final TrajectoryWorkflow workflow;

    private final CurrentPerson currentPerson;

    private final TrajectoryViews views;

    TrajectoryApiController(TrajectoryService trajectories, TrajectoryWorkflow workflow, CurrentPerson currentPerson,
            TrajectoryViews views) {
        this.trajectories = trajectories;
        this.workflow = workflow;
        this.currentPerson = currentPerson;
        this.views = views;
    }

    /** One page of the trajectories in the caller's scope, in a phase or any, newest first. */
    @GetMapping
    @Operation(operationId = "listTrajectories", summary = "The trajectories in your scope, a page at a time",
            description = "Your organisation's trajectories and those you take part in, newest first, optionally in one phase.")
    @ApiResponse(responseCode = "200", description = "One page of trajectories")
    PagedModel<TrajectoryViews.Summary> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = ApiPages.DEFAULT_SIZE) @Min(1) @Max(ApiPages.MAX_SIZE) int size,
            @RequestParam(required = false) Phase phase) {
        PersonId me = currentPerson.get().id();
        return new PagedModel<>(trajectories.summariesVisibleTo(me, phase, PageRequest.of(page, size))
                .map(views::summary));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getTrajectory", summary = "One trajectory with its participants and thresholds")
    @ApiResponse(responseCode = "200", description = "The trajectory")
    TrajectoryViews.Details read(@PathVariable UUID id) {
        return views.details(trajectories.visibleTo(new TrajectoryId(id), currentPerson.get().id()));
    }

    /**
     * Starts a trajectory of the caller's organisation, with the caller as its coordinator and contact
     * person unless others are named (the domain's leadership rules apply: 400 with the field).
     */
    @PostMapping
    @Operation(operationId = "startTrajectory", summary = "Starts a trajectory of your organisation",
            description = "Role coordinator. You coordinate it and are its contact person unless others are named; the leadership rules of the domain apply (400 naming the field).")
    @ApiResponse(responseCode = "201", description = "Started; Location names the trajectory")
    ResponseEntity<TrajectoryViews.Details> start(@Valid @RequestBody StartRequest request) {
        Person me = currentPerson.get();
        Trajectory started = workflow.start(new StartTrajectory(request.title(), request.topic(), request.area(),
                request.kind(), request.intendedLevel(), me.organisationId(),
                request.coordinatorId() == null ? me.id() : new PersonId(request.coordinatorId()),
                request.contactPersonId() == null ? me.id() : new PersonId(request.contactPersonId()),
                request.minimumResidents(), request.minimumChannels(), request.minimumChannelsJustification()));
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + started.id()))
                .body(views.details(trajectories.get(started.id())));
    }

    /**
     * What a coordinator fills in to start a trajectory. Coordinator and contact person are the caller
     * unless named (a resident coordinates only a resident initiative; the contact person is a
     * professional of the trajectory's or the coordinator's organisation, or the resident coordinator);
     * the early-involvement thresholds default to 5 residents from 2 channels, and a minimum of one
     * channel needs {@code minimumChannelsJustification}.
     */
    record StartRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String topic,
            @NotBlank @Size(max = 200) String area, @NotNull TrajectoryKind kind,
            @NotNull ParticipationLevel intendedLevel, UUID coordinatorId, UUID contactPersonId,
            @Min(2) @Max(100) Integer minimumResidents, @Min(1) @Max(10) Integer minimumChannels,
            @Size(max = Trajectory.MAX_CHANNELS_JUSTIFICATION) String minimumChannelsJustification) {
    }
}
