package nl.participationsuite.domain.success;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.SuccessCriterionId;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionVersion;

/** Registering successes, making them visible to residents, and the success report at evaluation. */
@Service
@Transactional
public class SuccessService {

    private final Successes successes;

    private final SuccessReports reports;

    private final TrajectoryService trajectories;

    private final VisionService visions;

    private final InputService inputs;

    private final Clock clock;

    SuccessService(Successes successes, SuccessReports reports, TrajectoryService trajectories, VisionService visions,
            InputService inputs, Clock clock) {
        this.successes = successes;
        this.reports = reports;
        this.trajectories = trajectories;
        this.visions = visions;
        this.inputs = inputs;
        this.clock = clock;
    }

    /**
     * Registers a success in the trajectory's current cycle. Linked input belongs to the same
     * trajectory; linked criteria belong to the definition of success of its adopted vision.
     */
    public Success register(RegisterSuccess success) {
        if (success == null || success.trajectoryId() == null) {
            throw new RuleViolationException("trajectoryId", "required", "trajectoryId is required");
        }
        Trajectory trajectory = openTrajectory(success.trajectoryId());
        requireInputOf(trajectory, success.inputIds());
        requireCriteriaOfAdoptedVision(trajectory, success.successCriterionIds());
        return successes.save(new Success(trajectory, success, LocalDate.now(clock)));
    }

    /** Records that residents were told about the success, and how. */
    public Success makeVisible(SuccessId successId, VisibilityChannel channel) {
        Success success = get(successId);
        success.makeVisible(channel, clock.instant());
        return success;
    }

    @Transactional(readOnly = true)
    public Success get(SuccessId successId) {
        return successes.findById(successId).orElseThrow(() -> new NotFoundException("success", successId));
    }

    /**
     * The latest successes made visible in each of these trajectories (at most {@code perTrajectory}
     * each), newest first, by trajectory: in one statement whatever the number of trajectories.
     */
    @Transactional(readOnly = true)
    public Map<TrajectoryId, List<VisibleSuccess>> latestVisible(Collection<TrajectoryId> trajectoryIds, int perTrajectory) {
        if (trajectoryIds.isEmpty()) {
            return Map.of();
        }
        Map<TrajectoryId, List<VisibleSuccess>> latest = new HashMap<>();
        for (VisibleSuccess success : successes.findLatestVisible(trajectoryIds, perTrajectory)) {
            List<VisibleSuccess> ofTrajectory = latest.computeIfAbsent(success.trajectoryId(), id -> new ArrayList<>());
            if (ofTrajectory.size() < perTrajectory) {
                ofTrajectory.add(success);
            }
        }
        return latest;
    }

    /** The trajectory's successes, in the order they were achieved. */
    @Transactional(readOnly = true)
    public List<Success> successes(TrajectoryId trajectoryId) {
        return successes.findByTrajectoryIdOrderByAchievedOnAscCreatedAtAsc(trajectoryId);
    }

    /** One page of the trajectory's successes of the given kind (null for any), the latest achieved first. */
    @Transactional(readOnly = true)
    public Page<Success> page(TrajectoryId trajectoryId, SuccessKind kind, Pageable page) {
        return successes.findPage(trajectoryId, kind, page);
    }

    /**
     * The success report of the trajectory's current cycle against its adopted vision. It records
     * the decision; closing the trajectory or starting the new cycle is the process's next step.
     */
    public SuccessReport report(TrajectoryId trajectoryId, ReportSuccess report) {
        Trajectory trajectory = openTrajectory(trajectoryId);
        VisionVersion adopted = visions.adopted(trajectoryId)
                .orElseThrow(() -> new RuleViolationException("vision", "success.no-adopted-vision",
                        "trajectory " + trajectory.reference() + " has no adopted vision to measure against"));
        if (reports.findByTrajectoryIdAndCycle(trajectoryId, trajectory.cycle()).isPresent()) {
            throw new RuleViolationException("report", "success.report-exists",
                    "cycle " + trajectory.cycle() + " of trajectory " + trajectory.reference() + " already has a report");
        }
        return reports.save(new SuccessReport(trajectory, adopted, report, clock.instant()));
    }

    /** The report of one cycle of the trajectory. */
    @Transactional(readOnly = true)
    public Optional<SuccessReport> reportOf(TrajectoryId trajectoryId, int cycle) {
        return reports.findByTrajectoryIdAndCycle(trajectoryId, cycle);
    }

    /** The report of the trajectory's latest evaluated cycle. */
    @Transactional(readOnly = true)
    public Optional<SuccessReport> latestReport(TrajectoryId trajectoryId) {
        return reports.findFirstByTrajectoryIdOrderByCycleDesc(trajectoryId);
    }

    /** Every report of the trajectory, first cycle first. */
    @Transactional(readOnly = true)
    public List<SuccessReport> reports(TrajectoryId trajectoryId) {
        return reports.findByTrajectoryIdOrderByCycleAsc(trajectoryId);
    }

    private void requireInputOf(Trajectory trajectory, Set<InputId> inputIds) {
        if (inputIds == null) {
            return;
        }
        for (InputId inputId : inputIds) {
            boolean ofTrajectory = inputId != null && inputs.find(inputId)
                    .filter(input -> input.trajectoryId().equals(trajectory.id())).isPresent();
            if (!ofTrajectory) {
                throw new RuleViolationException("inputIds", "success.input-of-other-trajectory",
                        "input " + inputId + " is no input of trajectory " + trajectory.reference());
            }
        }
    }

    private void requireCriteriaOfAdoptedVision(Trajectory trajectory, Set<SuccessCriterionId> criterionIds) {
        if (criterionIds == null || criterionIds.isEmpty()) {
            return;
        }
        Optional<VisionVersion> adopted = visions.adopted(trajectory.id());
        for (SuccessCriterionId criterionId : criterionIds) {
            if (criterionId == null || adopted.filter(vision -> vision.hasCriterion(criterionId)).isEmpty()) {
                throw new RuleViolationException("successCriterionIds", "success.criterion-not-in-adopted-vision",
                        "criterion " + criterionId + " is not part of the adopted vision of trajectory "
                                + trajectory.reference());
            }
        }
    }

    private Trajectory openTrajectory(TrajectoryId trajectoryId) {
        Trajectory trajectory = trajectories.get(trajectoryId);
        trajectory.requireOpen();
        return trajectory;
    }
}
