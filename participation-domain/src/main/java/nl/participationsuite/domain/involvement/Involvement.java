package nl.participationsuite.domain.involvement;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Trajectory;

/** Rules the involvement aggregates share. */
final class Involvement {

    private Involvement() {
    }

    static void requireOpen(Trajectory trajectory) {
        if (trajectory.isClosed()) {
            throw new RuleViolationException("trajectory", "trajectory.closed",
                    "trajectory " + trajectory.reference() + " is closed");
        }
    }
}
