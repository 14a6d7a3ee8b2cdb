package nl.participationsuite.web.portal.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.participationsuite.domain.support.SupportKind;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.support.SupportStatus;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.web.portal.ResidentTrajectories;
import org.springframework.stereotype.Component;

/** A resident's own support requests as the portal lists them, amounts in euro the Dutch way. */
@Component
class PortalSupport {

    /**
     * One request: a trip (date, from, to) or a training (name, provider); {@code amount} as
     * "€ 12,50" or null for a free training; the coordinator's reason when it was rejected.
     */
    record RequestRow(SupportKind kind, String trajectory, LocalDate tripDate, String from, String to,
            String trainingName, String provider, String amount, SupportStatus status, Instant requestedAt,
            String rejectionReason) {
    }

    private final SupportService support;

    private final ResidentTrajectories trajectories;

    PortalSupport(SupportService support, ResidentTrajectories trajectories) {
        this.support = support;
        this.trajectories = trajectories;
    }

    /** The resident's requests in all their trajectories, newest first. */
    List<RequestRow> mine(Person resident) {
        Map<TrajectoryId, String> titles = trajectories.titles(resident);
        return support.ofResident(resident.id()).stream()
                .map(request -> new RequestRow(request.kind(), titles.get(request.trajectoryId()), request.tripDate(),
                        request.tripFrom(), request.tripTo(), request.trainingName(), request.trainingProvider(),
                        EuroAmounts.format(request.amountCents()), request.status(), request.requestedAt(),
                        request.rejectionReason()))
                .toList();
    }
}
