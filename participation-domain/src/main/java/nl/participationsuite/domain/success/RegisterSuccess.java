package nl.participationsuite.domain.success;

import java.time.LocalDate;
import java.util.Set;

import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.vision.SuccessCriterionId;

/**
 * A success to register: what was achieved and when, the resident input it came from and the
 * criteria of the adopted vision's definition of success it contributes to (both optional).
 */
public record RegisterSuccess(TrajectoryId trajectoryId, SuccessKind kind, String title, String description,
        LocalDate achievedOn, Set<InputId> inputIds, Set<SuccessCriterionId> successCriterionIds) {
}
