package nl.participationsuite.web.api.seats;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.participationsuite.domain.seats.BackgroundDocument;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundId;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.api.ApiPages;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.workflow.seats.DecisionRoundWorkflow;
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
 * {@code /api/v1/trajectories/{trajectoryId}/decision-rounds}: the proposals put to the trajectory's
 * steering group, the most recently opened first, one of them, and opening one. Anyone who sees the
 * trajectory reads its rounds (counts of votes, never who voted how); the coordinator and the
 * professionals taking part open one (403 for others who see the trajectory). A trajectory outside
 * the caller's scope, and a round of another trajectory, answer 404. Votes are the seat holders'
 * {@code VoteOutcome} tasks in the tasks API.
 */
@RestController
@RequestMapping("/api/v1/trajectories/{trajectoryId}/decision-rounds")
@Tag(name = "decision rounds", description = "Proposals put to a trajectory's steering group and what it decided")
class DecisionRoundApiController {

    private final TrajectoryService trajectories;

    private final DecisionRoundService rounds;

    private final DecisionRoundWorkflow workflow;

    private final CurrentPerson currentPerson;

    DecisionRoundApiController(TrajectoryService trajectories, DecisionRoundService rounds,
            DecisionRoundWorkflow workflow, CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.rounds = rounds;
        this.workflow = workflow;
        this.currentPerson = currentPerson;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "One page of decision rounds")
    @Operation(operationId = "listDecisionRounds", summary = "The trajectory's decision rounds, a page at a time",
            description = "The most recently opened first (then by id, so pages never overlap), open and decided, "
                    + "with the number of votes for, against, abstentions and absent seat holders.")
    PagedModel<DecisionRoundView> list(@PathVariable UUID trajectoryId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = ApiPages.DEFAULT_SIZE) @Min(1) @Max(ApiPages.MAX_SIZE) int size) {
        Trajectory trajectory = visible(trajectoryId);
        return new PagedModel<>(rounds.page(trajectory.id(), PageRequest.of(page, size)).map(DecisionRoundView::of));
    }

    @GetMapping("/{roundId}")
    @ApiResponse(responseCode = "200", description = "The decision round")
    @Operation(operationId = "getDecisionRound", summary = "One decision round of the trajectory; 404 for a round of another trajectory")
    DecisionRoundView read(@PathVariable UUID trajectoryId, @PathVariable UUID roundId) {
        Trajectory trajectory = visible(trajectoryId);
        DecisionRound round = rounds.get(new DecisionRoundId(roundId));
        if (!round.trajectoryId().equals(trajectory.id())) {
            throw new NotFoundException("decision round", roundId);
        }
        return DecisionRoundView.of(round);
    }

    /**
     * Puts a proposal to the steering group: every seat holder gets a vote task until the deadline,
     * in the same transaction. Refused (400, nothing stored) outside working together, without seat
     * holders, or with a deadline that is not in the future.
     */
    @PostMapping
    @Operation(operationId = "openDecisionRound", summary = "Puts a proposal to the steering group",
            description = "The coordinator or a professional taking part; every seat holder gets a vote task until "
                    + "the deadline. The round closes when every seat holder voted or at the deadline.")
    @ApiResponse(responseCode = "201", description = "Opened; Location names the round")
    @ApiResponse(responseCode = "400", description = "A field is missing or breaks a rule (a deadline in the past, "
            + "no steering group, the trajectory not working together)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "You see the trajectory but do not work on it",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such trajectory in your scope",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<DecisionRoundView> open(@PathVariable UUID trajectoryId,
            @Valid @RequestBody OpenRoundRequest request) {
        Trajectory trajectory = trajectories.workedOnBy(new TrajectoryId(trajectoryId), currentPerson.get().id());
        DecisionRound opened = workflow.open(trajectory.id(),
                new OpenRound(request.title(), request.proposal(), request.deadline(), request.quorum(),
                        request.documents()));
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + trajectory.id() + "/decision-rounds/"
                + opened.id())).body(DecisionRoundView.of(opened));
    }

    /**
     * Records what was done with a decided round's decision (a later record replaces it): every
     * participant reads it in the portal. The coordinator or a professional taking part.
     */
    @PostMapping("/{roundId}/follow-up")
    @ApiResponse(responseCode = "200", description = "Recorded")
    @Operation(operationId = "recordDecisionFollowUp", summary = "Records what was done with a decision",
            description = "Only once the round closed; every participant reads it in the portal beside the outcome.")
    @ApiResponse(responseCode = "400", description = "Empty or too long, or the round is still open",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such round in a trajectory of your scope",
            content = @Content(mediaType = "application/problem+json"))
    DecisionRoundView followUp(@PathVariable UUID trajectoryId, @PathVariable UUID roundId,
            @Valid @RequestBody FollowUpRequest request) {
        Trajectory trajectory = trajectories.workedOnBy(new TrajectoryId(trajectoryId), currentPerson.get().id());
        DecisionRound round = rounds.find(new DecisionRoundId(roundId))
                .filter(found -> found.trajectoryId().equals(trajectory.id()))
                .orElseThrow(() -> new NotFoundException("decision round", roundId));
        return DecisionRoundView.of(rounds.recordFollowUp(round.id(), request.followUp(), currentPerson.get().id()));
    }

    /**
     * The proposal, until when the seat holders vote (an ISO instant in the future), and the quorum:
     * how many votes the round needs to decide (omit for a majority of the seat holders; at least two
     * residents must vote on top of it), and the proposal's background documents (title and https address, at
     * most five; omit for none).
     */
    record OpenRoundRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String proposal,
            @NotNull Instant deadline, Integer quorum, @Size(max = DecisionRound.MAX_DOCUMENTS) List<BackgroundDocument> documents) {
    }

    /** What was done with the decision. */
    record FollowUpRequest(@NotBlank @Size(max = DecisionRound.MAX_FOLLOW_UP) String followUp) {
    }

    private Trajectory visible(UUID trajectoryId) {
        return trajectories.visibleTo(new TrajectoryId(trajectoryId), currentPerson.get().id());
    }
}
