package nl.participationsuite.reporting;

import java.util.Optional;

import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.reporting.leadtimes.LeadTimes;
import nl.participationsuite.reporting.learning.LearningEvaluation;
import nl.participationsuite.reporting.portfolio.Portfolio;
import nl.participationsuite.reporting.trajectory.TrajectoryReport;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The SQL behind {@link Reports}. */
@Component
class ReportQueries {

    ManagerScope scopeOf(PersonId manager) {
        throw new UnsupportedOperationException("not yet");
    }

    Portfolio portfolio(ManagerScope scope, PortfolioFilter filter, Pageable page) {
        throw new UnsupportedOperationException("not yet");
    }

    Optional<TrajectoryReport> trajectoryReport(ManagerScope scope, TrajectoryId id) {
        throw new UnsupportedOperationException("not yet");
    }

    LeadTimes leadTimes(ManagerScope scope, PortfolioFilter filter) {
        throw new UnsupportedOperationException("not yet");
    }

    LearningEvaluation learningEvaluation(ManagerScope scope, PortfolioFilter filter, Phase reachedPhase) {
        throw new UnsupportedOperationException("not yet");
    }
}
