package nl.participationsuite.domain.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Residents' requests for training and travel costs: requesting, the coordinator's decision, payment. */
@Service
@Transactional
public class SupportService {

    private final TrajectoryService trajectoryService;

    private final SupportRequests requests;

    private final Clock clock;

    private final NotificationService notifications;

    SupportService(TrajectoryService trajectoryService, SupportRequests requests, Clock clock,
            NotificationService notifications) {
        this.trajectoryService = trajectoryService;
        this.requests = requests;
        this.clock = clock;
        this.notifications = notifications;
    }

    public SupportRequest requestTravelCost(TrajectoryId trajectoryId, RequestTravelCost request) {
        return requests.save(SupportRequest.travelCost(trajectoryService.get(trajectoryId), request,
                LocalDate.now(clock), clock.instant()));
    }

    public SupportRequest requestTraining(TrajectoryId trajectoryId, RequestTraining request) {
        return requests.save(SupportRequest.training(trajectoryService.get(trajectoryId), request, clock.instant()));
    }

    /**
     * Approves a request; refused unless {@code decidedBy} is the trajectory's coordinator. The resident who
     * asked hears of it in the same transaction.
     */
    public SupportRequest approve(SupportRequestId requestId, PersonId decidedBy) {
        SupportRequest request = get(requestId);
        request.approve(trajectoryService.get(request.trajectoryId()), decidedBy, clock.instant());
        return decided(requests.save(request));
    }

    /**
     * Rejects a request with a reason; refused unless {@code decidedBy} is the trajectory's coordinator. The
     * resident who asked hears of it in the same transaction.
     */
    public SupportRequest reject(SupportRequestId requestId, PersonId decidedBy, String reason) {
        SupportRequest request = get(requestId);
        request.reject(trajectoryService.get(request.trajectoryId()), decidedBy, reason, clock.instant());
        return decided(requests.save(request));
    }

    private SupportRequest decided(SupportRequest request) {
        notifications.supportDecided(request.trajectoryId(), request.participantId(), request.id().value());
        return request;
    }

    /** Records that an approved request was paid, now. */
    public SupportRequest markPaid(SupportRequestId requestId) {
        SupportRequest request = get(requestId);
        request.markPaid(clock.instant());
        return requests.save(request);
    }

    @Transactional(readOnly = true)
    public SupportRequest get(SupportRequestId requestId) {
        return requests.findById(requestId).orElseThrow(() -> new NotFoundException("support request", requestId));
    }

    @Transactional(readOnly = true)
    public List<SupportRequest> list(TrajectoryId trajectoryId) {
        return requests.findByTrajectoryIdOrderByRequestedAt(trajectoryService.get(trajectoryId).id());
    }

    /** One page of the trajectory's requests in the given status (null for any), the most recent first. */
    @Transactional(readOnly = true)
    public Page<SupportRequest> page(TrajectoryId trajectoryId, SupportStatus status, Pageable page) {
        return requests.findPage(trajectoryId, status, page);
    }

    /** A resident's own requests, in every trajectory they take part in, newest first (the resident portal). */
    @Transactional(readOnly = true)
    public List<SupportRequest> ofResident(PersonId residentId) {
        return requests.findOfPerson(residentId);
    }

    /** The investment in residents: the amounts approved (not paid yet) and paid. */
    @Transactional(readOnly = true)
    public SupportInvestment investment(TrajectoryId trajectoryId) {
        TrajectoryId id = trajectoryService.get(trajectoryId).id();
        return new SupportInvestment(requests.sumOfAmounts(id, SupportStatus.APPROVED),
                requests.sumOfAmounts(id, SupportStatus.PAID));
    }
}
