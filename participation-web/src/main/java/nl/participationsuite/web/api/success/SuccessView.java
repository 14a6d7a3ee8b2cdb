package nl.participationsuite.web.api.success;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessId;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.VisibilityChannel;
import nl.participationsuite.domain.vision.SuccessCriterionId;

/**
 * A success as the API shows it: what was achieved, in which cycle, whether residents were told
 * (and how), and the input and success criteria it relates to.
 */
record SuccessView(SuccessId id, int cycle, SuccessKind kind, String title, String description,
        LocalDate achievedOn, boolean visible, Instant visibleAt, VisibilityChannel visibleHow, Set<InputId> inputIds,
        Set<SuccessCriterionId> successCriterionIds) {

    static SuccessView of(Success success) {
        return new SuccessView(success.id(), success.cycle(), success.kind(), success.title(), success.description(),
                success.achievedOn(), success.isVisible(), success.visibleAt(), success.visibleHow(),
                success.inputIds(), success.successCriterionIds());
    }
}
