package nl.participationsuite.reporting.portfolio;

import java.util.List;

import nl.participationsuite.reporting.PortfolioFilter;
import nl.participationsuite.reporting.ResidentCount;
import nl.participationsuite.reporting.scorecard.PortfolioScorecard;
import org.springframework.data.domain.Page;

/**
 * The trajectories in a manager's scope that pass the filter: how many (open, closed), counted by phase,
 * kind, intended participation level, organisation and the year they started; residents involved and
 * stepped back (small-cell rule applied); the handbook scorecard over all of them; and one page of the
 * trajectories themselves, newest first.
 *
 * <p>Every list of counts names each possible value once (zero included) for phase, kind and level, in
 * the enum's order; organisations in the scope by name; years ascending, only those with trajectories.
 */
public record Portfolio(PortfolioFilter filter, int trajectories, int open, int closed, List<Count> byPhase,
        List<Count> byKind, List<Count> byLevel, List<Count> byOrganisation, List<Count> byYear,
        ResidentCount residentsInvolved, ResidentCount residentsSteppedBack, PortfolioScorecard scorecard,
        Page<TrajectoryRow> page) {

    public Portfolio {
        byPhase = List.copyOf(byPhase);
        byKind = List.copyOf(byKind);
        byLevel = List.copyOf(byLevel);
        byOrganisation = List.copyOf(byOrganisation);
        byYear = List.copyOf(byYear);
    }
}
