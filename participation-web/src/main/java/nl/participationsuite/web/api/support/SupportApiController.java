package nl.participationsuite.web.api.support;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportRequestId;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.support.SupportStatus;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.api.ApiPages;
import nl.participationsuite.web.security.CurrentPerson;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/trajectories/{trajectoryId}/support-requests}: the residents' requests for training
 * and travel costs (residents make them in their portal), the coordinator's decision on one, its
 * payment, and {@code .../support-investment}, what the trajectory invests in its residents.
 *
 * <p>Only the trajectory's coordinator approves or rejects (403 for anyone else who sees the
 * trajectory). Recording a payment is open to everyone who sees the trajectory, as the domain
 * allows: it records a fact (the money went out), the decision was the coordinator's. A trajectory
 * outside the caller's scope, and a request of another trajectory, answer 404; a request already
 * decided on, or paid before it was approved, is refused with the domain's 400 on {@code status}.
 */
@RestController
@Tag(name = "support", description = "Residents' requests for training and travel costs, their decision and payment")
@RequestMapping("/api/v1/trajectories/{trajectoryId}")
class SupportApiController {

    private final TrajectoryService trajectories;

    private final SupportService support;

    private final CurrentPerson currentPerson;

    private final SupportViews views;

    SupportApiController(TrajectoryService trajectories, SupportService support, CurrentPerson currentPerson,
            SupportViews views) {
        this.trajectories = trajectories;
        this.support = support;
        this.currentPerson = currentPerson;
        this.views = views;
    }

    /** One page of the trajectory's requests, in a status or any, the most recent first. */
    @GetMapping("/support-requests")
    @Operation(operationId = "listSupportRequests", summary = "The residents' requests for support, a page at a time",
            description = "Training and travel costs, the most recent first, optionally in one status.")
    @ApiResponse(responseCode = "200", description = "One page of requests")
    PagedModel<SupportViews.Request> list(@PathVariable UUID trajectoryId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = ApiPages.DEFAULT_SIZE) @Min(1) @Max(ApiPages.MAX_SIZE) int size,
            @RequestParam(required = false) SupportStatus status) {
        Trajectory trajectory = trajectories.visibleTo(new TrajectoryId(trajectoryId), me());
        Page<SupportRequest> found = support.page(trajectory.id(), status, PageRequest.of(page, size));
        return ApiPages.of(found, views.requests(trajectory, found.getContent()));
    }

    @PostMapping("/support-requests/{requestId}/approve")
    @Operation(operationId = "approveSupportRequest", summary = "Approves a request",
            description = "The trajectory's coordinator only; a request decided on already is refused (400 on status).")
    @ApiResponse(responseCode = "200", description = "Approved")
    SupportViews.Request approve(@PathVariable UUID trajectoryId, @PathVariable UUID requestId) {
        PersonId me = me();
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(trajectoryId), me);
        SupportRequestId id = requestOf(trajectory, requestId);
        return views.request(trajectory, support.approve(id, me));
    }

    /** Rejects the request; the reason is what the resident reads. */
    @PostMapping("/support-requests/{requestId}/reject")
    @Operation(operationId = "rejectSupportRequest", summary = "Rejects a request with the reason the resident reads",
            description = "The trajectory's coordinator only.")
    @ApiResponse(responseCode = "200", description = "Rejected")
    SupportViews.Request reject(@PathVariable UUID trajectoryId, @PathVariable UUID requestId,
            @Valid @RequestBody RejectRequest body) {
        PersonId me = me();
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(trajectoryId), me);
        SupportRequestId id = requestOf(trajectory, requestId);
        return views.request(trajectory, support.reject(id, me, body.reason()));
    }

    /** Records that an approved request was paid, now; the coordinator who approved it keeps track. */
    @PostMapping("/support-requests/{requestId}/paid")
    @Operation(operationId = "markSupportRequestPaid", summary = "Records that an approved request was paid",
            description = "The trajectory's coordinator; a request not approved is refused (400 on status).")
    @ApiResponse(responseCode = "200", description = "Recorded as paid")
    SupportViews.Request paid(@PathVariable UUID trajectoryId, @PathVariable UUID requestId) {
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(trajectoryId), me());
        SupportRequestId id = requestOf(trajectory, requestId);
        return views.request(trajectory, support.markPaid(id));
    }

    /** The amounts approved (not paid yet) and paid, and both together, in euro cents. */
    @GetMapping("/support-investment")
    @Operation(operationId = "getSupportInvestment", summary = "What the trajectory invests in its residents",
            description = "Approved (not paid yet), paid and both together, in euro cents.")
    @ApiResponse(responseCode = "200", description = "The amounts")
    SupportViews.Investment investment(@PathVariable UUID trajectoryId) {
        Trajectory trajectory = trajectories.visibleTo(new TrajectoryId(trajectoryId), me());
        return views.investment(support.investment(trajectory.id()));
    }

    /** Why the coordinator says no; required. */
    record RejectRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** The request, if it is one of this trajectory; any other answers as not found. */
    private SupportRequestId requestOf(Trajectory trajectory, UUID requestId) {
        SupportRequest request = support.get(new SupportRequestId(requestId));
        if (!request.trajectoryId().equals(trajectory.id())) {
            throw new NotFoundException("support request", requestId);
        }
        return request.id();
    }

    private PersonId me() {
        return currentPerson.get().id();
    }
}
