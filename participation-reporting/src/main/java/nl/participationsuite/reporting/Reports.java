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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's reports (issue 11): SQL over the domain tables, never through the engine. The only
 * thing reports write is their own copy of each trajectory's figures ({@link ReportFacts}): the portfolio
 * and the learning evaluation bring the copies of their trajectories up to date in a short transaction of
 * their own before they read, so that they read one row per trajectory and never an out-of-date figure.
 * Every method takes the caller's {@link ManagerScope} (from {@link #scopeOf(PersonId)}) and sees only
 * the trajectories of its organisations; a trajectory outside it is "not found", never "not allowed".
 * Portfolio figures are aggregates with the small-cell rule applied; nothing returned names a resident.
 */
@Service
public class Reports {

    private final ReportQueries queries;

    Reports(ReportQueries queries) {
        this.queries = queries;
    }

    /**
     * The organisations a person reports on, by name: those the person was given as a manager (a
     * person of the domain linked to the manager's account). Empty for anyone else: an empty
     * portfolio and no trajectory report.
     */
    @Transactional(readOnly = true)
    public ManagerScope scopeOf(PersonId manager) {
        return queries.scopeOf(manager);
    }

    /**
     * The portfolio: the trajectories in scope that pass the filter, counted (by phase, kind, level,
     * organisation, year started), the handbook scorecard over all of them (verdicts counted per
     * condition) and one page of the trajectories, newest first, each with its verdicts and days per
     * phase. A fixed number of aggregate queries whatever the number of trajectories.
     *
     * @param page page number and size (the caller bounds the size; the API allows at most 100)
     */
    public Portfolio portfolio(ManagerScope scope, PortfolioFilter filter, Pageable page) {
        return queries.portfolio(scope, filter, page);
    }

    /**
     * The report of one trajectory, when it belongs to one of the scope's organisations; empty
     * otherwise (also when it does not exist): the caller answers 404 either way. Counts are exact:
     * the reader is a manager of the trajectory's organisation.
     */
    @Transactional(readOnly = true)
    public Optional<TrajectoryReport> trajectoryReport(ManagerScope scope, TrajectoryId id) {
        return queries.trajectoryReport(scope, id);
    }

    /** Median and 90th percentile of the days spent in each phase, over the trajectories in scope that pass the filter. */
    @Transactional(readOnly = true)
    public LeadTimes leadTimes(ManagerScope scope, PortfolioFilter filter) {
        return queries.leadTimes(scope, filter);
    }

    /**
     * The learning evaluation over the closed trajectories in scope that pass the filter and the open
     * ones that reached {@link LearningEvaluation#DEFAULT_REACHED_PHASE}.
     */
    public LearningEvaluation learningEvaluation(ManagerScope scope, PortfolioFilter filter) {
        return learningEvaluation(scope, filter, LearningEvaluation.DEFAULT_REACHED_PHASE);
    }

    /** As {@link #learningEvaluation(ManagerScope, PortfolioFilter)}, counting open trajectories from {@code reachedPhase} on. */
    public LearningEvaluation learningEvaluation(ManagerScope scope, PortfolioFilter filter, Phase reachedPhase) {
        return queries.learningEvaluation(scope, filter, reachedPhase);
    }
}
