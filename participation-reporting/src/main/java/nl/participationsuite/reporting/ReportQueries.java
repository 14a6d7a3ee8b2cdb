package nl.participationsuite.reporting;

import static nl.participationsuite.reporting.FactsQueries.decimal;
import static nl.participationsuite.reporting.FactsQueries.instant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.support.SupportKind;
import nl.participationsuite.domain.support.SupportStatus;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.reporting.leadtimes.LeadTimes;
import nl.participationsuite.reporting.leadtimes.PhaseSpan;
import nl.participationsuite.reporting.leadtimes.PhaseStatistics;
import nl.participationsuite.reporting.leadtimes.TrajectoryLeadTimes;
import nl.participationsuite.reporting.learning.LearningEvaluation;
import nl.participationsuite.reporting.portfolio.Count;
import nl.participationsuite.reporting.portfolio.Portfolio;
import nl.participationsuite.reporting.portfolio.TrajectoryRow;
import nl.participationsuite.reporting.scorecard.PortfolioScorecard;
import nl.participationsuite.reporting.scorecard.ScorecardRules;
import nl.participationsuite.reporting.scorecard.TrajectoryFacts;
import nl.participationsuite.reporting.scorecard.Verdict;
import nl.participationsuite.reporting.trajectory.TrajectoryReport;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The SQL behind {@link Reports}: read-only, scoped by {@link Selection}, a fixed number of statements per call. */
@Component
class ReportQueries {

    private final JdbcClient jdbc;

    private final FactsQueries facts;

    private final Clock clock;

    private final ReportFacts stored;

    private final TransactionTemplate reading;

    ReportQueries(JdbcClient jdbc, FactsQueries facts, ReportFacts stored, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.stored = stored;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    ManagerScope scopeOf(PersonId manager) {
        return new ManagerScope(manager, jdbc.sql("""
                select o.id, o.name from manager_organisation m join organisation o on o.id = m.organisation_id
                where m.person_id = :person order by o.name, o.id""")
                .param("person", manager.value())
                .query((rs, n) -> new ManagerScope.Organisation(new OrganisationId(rs.getObject("id", UUID.class)),
                        rs.getString("name")))
                .list());
    }

    /**
     * Brings the kept facts of the selected trajectories up to date (a short transaction of its own),
     * then reads the portfolio in a read-only one.
     */
    Portfolio portfolio(ManagerScope scope, PortfolioFilter filter, Pageable page) {
        Selection selection = Selection.of(scope, filter, clock);
        stored.refresh(selection);
        return reading.execute(status -> portfolio(scope, filter, page, selection));
    }

    private Portfolio portfolio(ManagerScope scope, PortfolioFilter filter, Pageable page, Selection selection) {
        stored.forLargeReads();
        Map<String, Integer> phases = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        Map<String, Integer> levels = new HashMap<>();
        Map<String, Integer> organisations = new HashMap<>();
        Map<Integer, Integer> years = new java.util.TreeMap<>();
        if (!selection.empty()) {
            jdbc.sql("""
                    select t.phase, t.kind, t.intended_level, t.organisation_id,
                           extract(year from t.started_at at time zone :zone)::int as year, count(*) as n
                    from trajectory t where %s
                    group by grouping sets ((t.phase), (t.kind), (t.intended_level), (t.organisation_id), (year))"""
                    .formatted(selection.where()))
                    .paramSource(selection.parameters())
                    .query(rs -> {
                        int n = rs.getInt("n");
                        if (rs.getString("phase") != null) {
                            phases.put(rs.getString("phase"), n);
                        } else if (rs.getString("kind") != null) {
                            kinds.put(rs.getString("kind"), n);
                        } else if (rs.getString("intended_level") != null) {
                            levels.put(rs.getString("intended_level"), n);
                        } else if (rs.getString("organisation_id") != null) {
                            organisations.put(rs.getString("organisation_id"), n);
                        } else {
                            years.put(rs.getInt("year"), n);
                        }
                    });
        }
        int residents = 0;
        int steppedBack = 0;
        if (!selection.empty()) {
            // Distinct people over all trajectories (one may take part in several): grouped per person, in a hash.
            // A plain join (no materialised selection), so that the planner hashes the trajectories, the smaller side.
            Map<String, Object> people = jdbc.sql("""
                    select count(*) as residents, count(*) filter (where stepped_back > 0) as stepped_back
                    from (select p.person_id, count(p.stepped_back_at) as stepped_back
                          from participant p join trajectory t on t.id = p.trajectory_id
                          where p.kind = 'RESIDENT' and %s
                          group by p.person_id) per_person""".formatted(selection.where()))
                    .paramSource(selection.parameters()).query().singleRow();
            residents = ((Number) people.get("residents")).intValue();
            steppedBack = ((Number) people.get("stepped_back")).intValue();
        }

        int total = phases.values().stream().mapToInt(Integer::intValue).sum();
        List<UUID> pageIds = selection.empty() ? List.of() : jdbc.sql("""
                select t.id from trajectory t where %s order by t.started_at desc, t.id desc limit :limit offset :offset"""
                .formatted(selection.where()))
                .paramSource(selection.with("limit", page.isPaged() ? page.getPageSize() : Integer.MAX_VALUE)
                        .with("offset", page.isPaged() ? page.getOffset() : 0).parameters())
                .query(UUID.class).list();
        // The scorecard over every trajectory: one kept row per trajectory, judged and counted as it is read
        // (never all held at once); the page's rows keep their verdicts.
        PortfolioScorecards scorecards = new PortfolioScorecards();
        Set<UUID> onPage = new HashSet<>(pageIds);
        Map<UUID, Map<Condition, Verdict>> verdicts = new HashMap<>();
        stored.forEach(selection, f -> {
            scorecards.add(f);
            if (onPage.contains(f.basics().id().value())) {
                verdicts.put(f.basics().id().value(), ScorecardRules.verdicts(f));
            }
        });
        PortfolioScorecard tally = scorecards.scorecard();
        Map<UUID, TrajectoryLeadTimes> leadTimes = spans(selection, pageIds);
        List<TrajectoryRow> rows = new ArrayList<>();
        if (!pageIds.isEmpty()) {
            MapSqlParameterSource parameters = new MapSqlParameterSource("ids", pageIds);
            Map<UUID, TrajectoryRow> byId = new HashMap<>();
            jdbc.sql("""
                    select t.id, t.reference, t.title, t.organisation_id, o.name as organisation, t.kind, t.intended_level,
                           t.phase, t.cycle, t.started_at, t.closed_at, t.closed_early_reason is not null as closed_early
                    from trajectory t join organisation o on o.id = t.organisation_id where t.id in (:ids)""")
                    .paramSource(parameters)
                    .query(rs -> {
                        UUID id = rs.getObject("id", UUID.class);
                        byId.put(id, new TrajectoryRow(new TrajectoryId(id), rs.getString("reference"),
                                rs.getString("title"), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                                rs.getString("organisation"), TrajectoryKind.valueOf(rs.getString("kind")),
                                ParticipationLevel.valueOf(rs.getString("intended_level")), Phase.valueOf(rs.getString("phase")),
                                rs.getInt("cycle"), instant(rs, "started_at"), instant(rs, "closed_at"),
                                rs.getBoolean("closed_early"), verdicts.get(id),
                                leadTimes.getOrDefault(id, new TrajectoryLeadTimes(new TrajectoryId(id), List.of())).daysPerPhase()));
                    });
            pageIds.forEach(id -> rows.add(byId.get(id)));
        }
        Page<TrajectoryRow> pageOfRows = new PageImpl<>(rows, page, total);
        int closed = phases.getOrDefault(Phase.CLOSED.name(), 0);
        return new Portfolio(filter, total, total - closed, closed,
                enumCounts(Phase.values(), phases), enumCounts(TrajectoryKind.values(), kinds),
                enumCounts(ParticipationLevel.values(), levels),
                scope.organisations().stream()
                        .filter(o -> filter.organisations().isEmpty() || filter.organisations().contains(o.id()))
                        .map(o -> new Count(o.id().toString(), o.name(), organisations.getOrDefault(o.id().toString(), 0)))
                        .toList(),
                years.entrySet().stream().map(e -> new Count(e.getKey().toString(), e.getKey().toString(), e.getValue())).toList(),
                ResidentCount.portfolio(residents), ResidentCount.portfolio(steppedBack),
                tally, pageOfRows);
    }

    Optional<TrajectoryReport> trajectoryReport(ManagerScope scope, TrajectoryId id) {
        Selection selection = Selection.one(scope, id, clock);
        Map<UUID, TrajectoryFacts> found = facts.load(selection);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TrajectoryFacts trajectoryFacts = found.get(id.value());
        String cte = selection.cte();
        TrajectoryReport.Heading heading = jdbc.sql("""
                select t.reference, t.title, t.topic, t.area, t.organisation_id, o.name as organisation, t.kind,
                       t.intended_level, t.phase, t.cycle, t.started_at, t.closed_at,
                       t.closed_early_reason is not null as closed_early, t.minimum_residents, t.minimum_channels
                from trajectory t join organisation o on o.id = t.organisation_id where t.id = :trajectoryId""")
                .paramSource(selection.parameters())
                .query((rs, n) -> new TrajectoryReport.Heading(id, rs.getString("reference"), rs.getString("title"),
                        rs.getString("topic"), rs.getString("area"),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("organisation"),
                        TrajectoryKind.valueOf(rs.getString("kind")), ParticipationLevel.valueOf(rs.getString("intended_level")),
                        Phase.valueOf(rs.getString("phase")), rs.getInt("cycle"), instant(rs, "started_at"),
                        instant(rs, "closed_at"), rs.getBoolean("closed_early"), rs.getInt("minimum_residents"),
                        rs.getInt("minimum_channels")))
                .single();
        Instant now = clock.instant();
        List<TrajectoryReport.UnansweredInput> unanswered = jdbc.sql("""
                select i.id, i.received_at, i.due_at, i.escalated_at is not null as escalated
                from resident_input i where i.trajectory_id = :trajectoryId
                  and i.status not in ('ADOPTED', 'NOT_ADOPTED', 'PARTLY_ADOPTED')
                order by i.received_at, i.id""")
                .paramSource(selection.parameters())
                .query((rs, n) -> {
                    Instant received = instant(rs, "received_at");
                    Instant due = instant(rs, "due_at");
                    Instant until = trajectoryFacts.basics().end();
                    return new TrajectoryReport.UnansweredInput(new InputId(rs.getObject("id", UUID.class)), received, due,
                            ScorecardRules.days(received, until), due.isBefore(until), rs.getBoolean("escalated"));
                })
                .list();
        List<TrajectoryReport.DecisionRoundRow> rounds = jdbc.sql(cte + FactsQueries.ROUNDS + """
                select * from rounds order by opened_at, id""")
                .paramSource(selection.parameters())
                .query((rs, n) -> new TrajectoryReport.DecisionRoundRow(instant(rs, "opened_at"), instant(rs, "deadline"),
                        instant(rs, "closed_at"), rs.getString("outcome") == null ? null : RoundOutcome.valueOf(rs.getString("outcome")),
                        rs.getInt("holders"), rs.getInt("votes"), decimal(rs, "turnout", 1)))
                .list();
        List<TrajectoryReport.SeatOverride> overrides = jdbc.sql("""
                select o.given_at, o.broken_rules, o.justification
                from steering_group sg join composition_override o on o.steering_group_id = sg.id
                where sg.trajectory_id = :trajectoryId order by o.given_at, o.id""")
                .paramSource(selection.parameters())
                .query((rs, n) -> new TrajectoryReport.SeatOverride(instant(rs, "given_at"),
                        rs.getString("broken_rules").isEmpty() ? List.of() : Arrays.asList(rs.getString("broken_rules").split(",")),
                        rs.getString("justification")))
                .list();
        List<TrajectoryReport.ConditionGap> gaps = jdbc.sql(cte + FactsQueries.CHECK_GAPS + """
                select * from gaps order by period_number, condition""")
                .paramSource(selection.parameters())
                .query((rs, n) -> {
                    BigDecimal residentMean = decimal(rs, "resident_mean", 2);
                    BigDecimal professionalMean = decimal(rs, "professional_mean", 2);
                    return new TrajectoryReport.ConditionGap(rs.getInt("period_number"), instant(rs, "opened_at"),
                            Condition.valueOf(rs.getString("condition")), residentMean, professionalMean,
                            residentMean == null || professionalMean == null ? null : professionalMean.subtract(residentMean),
                            rs.getInt("resident_answers"), rs.getInt("professional_answers"));
                })
                .list()
                .stream().sorted(java.util.Comparator.comparing(TrajectoryReport.ConditionGap::period)
                        .thenComparing(TrajectoryReport.ConditionGap::condition)).toList();
        List<TrajectoryReport.VenueRow> meetings = venues(selection);
        List<TrajectoryReport.SupportRow> support = jdbc.sql("""
                select r.kind, r.status, count(*) as requests, sum(r.amount_cents) as cents
                from support_request r where r.trajectory_id = :trajectoryId group by 1, 2""")
                .paramSource(selection.parameters())
                .query((rs, n) -> {
                    long cents = rs.getLong("cents");
                    return new TrajectoryReport.SupportRow(SupportKind.valueOf(rs.getString("kind")),
                            SupportStatus.valueOf(rs.getString("status")), rs.getInt("requests"),
                            rs.wasNull() ? null : BigDecimal.valueOf(cents, 2));
                })
                .list()
                .stream().sorted(java.util.Comparator.comparing(TrajectoryReport.SupportRow::kind)
                        .thenComparing(TrajectoryReport.SupportRow::status)).toList();
        Map<Phase, Integer> stepBacks = new EnumMap<>(Phase.class);
        jdbc.sql("""
                select (select pt.phase from phase_transition pt
                        where pt.trajectory_id = p.trajectory_id and pt.entered_at <= p.stepped_back_at
                        order by pt.entered_at desc, array_position(%s, pt.phase) desc limit 1) as phase, count(*) as n
                from participant p
                where p.trajectory_id = :trajectoryId and p.kind = 'RESIDENT' and p.stepped_back_at is not null
                group by 1""".formatted(Selection.PHASE_ORDER))
                .paramSource(selection.parameters())
                .query(rs -> {
                    String phase = rs.getString("phase");
                    stepBacks.merge(phase == null ? Phase.EARLY_INVOLVEMENT : Phase.valueOf(phase), rs.getInt("n"), Integer::sum);
                });
        TrajectoryLeadTimes leadTimes = spans(selection, List.of(id.value())).getOrDefault(id.value(),
                new TrajectoryLeadTimes(id, List.of()));
        return Optional.of(new TrajectoryReport(heading, ScorecardRules.evaluate(trajectoryFacts, true), leadTimes,
                unanswered, rounds, overrides, gaps, meetings, support,
                stepBacks.entrySet().stream()
                        .map(e -> new TrajectoryReport.StepBacks(e.getKey(), ResidentCount.exact(e.getValue()))).toList()));
    }

    LeadTimes leadTimes(ManagerScope scope, PortfolioFilter filter) {
        Selection selection = Selection.of(scope, filter, clock);
        Map<Phase, PhaseStatistics> statistics = new EnumMap<>(Phase.class);
        if (!selection.empty()) {
            jdbc.sql("set local work_mem = '64MB'").update();
            jdbc.sql(selection.cte() + """
                    , spans as (
                        select pt.trajectory_id, pt.phase,
                               extract(epoch from lead(pt.entered_at) over (partition by pt.trajectory_id
                                   order by pt.entered_at, pt.cycle, array_position(%1$s, pt.phase)) - pt.entered_at) / 86400 as days
                        from sel join phase_transition pt on pt.trajectory_id = sel.id),
                    per_trajectory as (
                        select trajectory_id, phase, sum(days) as days, bool_and(days is not null) as has_left
                        from spans where phase <> 'CLOSED' group by 1, 2)
                    select phase, count(*) filter (where has_left) as left_it, count(*) filter (where not has_left) as still_in,
                           percentile_cont(0.5) within group (order by days) filter (where has_left) as median_days,
                           percentile_cont(0.9) within group (order by days) filter (where has_left) as p90_days
                    from per_trajectory group by phase""".formatted(Selection.PHASE_ORDER))
                    .paramSource(selection.parameters())
                    .query(rs -> {
                        Phase phase = Phase.valueOf(rs.getString("phase"));
                        statistics.put(phase, new PhaseStatistics(phase, rs.getInt("left_it"), rs.getInt("still_in"),
                                decimal(rs, "median_days", 1), decimal(rs, "p90_days", 1)));
                    });
        }
        return new LeadTimes(Arrays.stream(Phase.values()).filter(p -> p != Phase.CLOSED)
                .map(p -> statistics.getOrDefault(p, new PhaseStatistics(p, 0, 0, null, null))).toList());
    }

    LearningEvaluation learningEvaluation(ManagerScope scope, PortfolioFilter filter, Phase reachedPhase) {
        Selection selection = Selection.of(scope, filter, clock);
        selection.parameters().addValue("reachedPhase", reachedPhase.name());
        Selection evaluated = selection.and("""
                (t.phase = 'CLOSED' or t.id in (select r.trajectory_id from phase_transition r
                  where r.phase = :reachedPhase))""");
        // Refreshed by scope and filter: the queue is short, and the evaluation's condition would cost a pass
        // over every phase transition.
        stored.refresh(selection);
        return reading.execute(status -> {
            stored.forLargeReads();
            LearningEvaluations evaluation = new LearningEvaluations(reachedPhase);
            stored.forEach(evaluated, evaluation::add);
            return evaluation.evaluation();
        });
    }

    /** The phase spans of these trajectories (of the selection), in order. */
    private Map<UUID, TrajectoryLeadTimes> spans(Selection selection, Collection<UUID> ids) {
        Map<UUID, List<PhaseSpan>> spans = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        jdbc.sql("""
                select t.id as trajectory_id, pt.phase, pt.cycle, pt.entered_at, t.closed_at,
                       lead(pt.entered_at) over (partition by pt.trajectory_id
                           order by pt.entered_at, pt.cycle, array_position(%s, pt.phase)) as left_at
                from trajectory t join phase_transition pt on pt.trajectory_id = t.id
                where t.id in (:ids)
                order by t.id, pt.entered_at, pt.cycle, array_position(%1$s, pt.phase)""".formatted(Selection.PHASE_ORDER))
                .param("ids", ids)
                .query(rs -> {
                    UUID id = rs.getObject("trajectory_id", UUID.class);
                    Phase phase = Phase.valueOf(rs.getString("phase"));
                    Instant entered = instant(rs, "entered_at");
                    Instant left = instant(rs, "left_at");
                    BigDecimal days = phase == Phase.CLOSED ? BigDecimal.ZERO.setScale(1)
                            : ScorecardRules.days(entered, left != null ? left : now);
                    spans.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new PhaseSpan(phase, rs.getInt("cycle"), entered, left, days));
                });
        Map<UUID, TrajectoryLeadTimes> leadTimes = new HashMap<>();
        spans.forEach((id, list) -> leadTimes.put(id, new TrajectoryLeadTimes(new TrajectoryId(id), list)));
        return leadTimes;
    }

    private List<TrajectoryReport.VenueRow> venues(Selection selection) {
        Map<PreferredTime, Integer> preferring = new EnumMap<>(PreferredTime.class);
        int[] withProfile = {0};
        jdbc.sql("""
                select mp.preferred_times from motivation_profile mp
                join participant p on p.id = mp.participant_id and p.stepped_back_at is null
                where mp.trajectory_id = :trajectoryId""")
                .paramSource(selection.parameters())
                .query(rs -> {
                    withProfile[0]++;
                    FactsQueries.preferredTimes(rs.getString(1)).forEach(time -> preferring.merge(time, 1, Integer::sum));
                });
        Map<VenueType, int[]> rows = new EnumMap<>(VenueType.class);
        jdbc.sql("select m.venue_type, m.starts_at, m.neutral_facilitator from meeting m where m.trajectory_id = :trajectoryId and m.cancelled_at is null")
                .paramSource(selection.parameters())
                .query(rs -> {
                    int[] row = rows.computeIfAbsent(VenueType.valueOf(rs.getString("venue_type")), k -> new int[3]);
                    row[0]++;
                    row[1] += rs.getBoolean("neutral_facilitator") ? 1 : 0;
                    PreferredTime time = PreferredTime.of(instant(rs, "starts_at").atZone(clock.getZone()));
                    row[2] += withProfile[0] > 0 && preferring.getOrDefault(time, 0) * 2 > withProfile[0] ? 1 : 0;
                });
        return rows.entrySet().stream()
                .map(e -> new TrajectoryReport.VenueRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    private static <E extends Enum<E>> List<Count> enumCounts(E[] values, Map<String, Integer> counts) {
        return Arrays.stream(values).map(v -> new Count(v.name(), v.name(), counts.getOrDefault(v.name(), 0))).toList();
    }
}
