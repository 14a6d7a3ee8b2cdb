package nl.participationsuite.reporting;

import static nl.participationsuite.reporting.FactsQueries.instant;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.reporting.scorecard.TrajectoryFacts;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each trajectory's {@link StoredFacts} in {@code trajectory_report_facts}, so that a portfolio reads
 * one row per trajectory instead of computing them all (changeset 051).
 *
 * <p>Every write to a table the figures come from queues its trajectory in
 * {@code trajectory_report_facts_queue} (database triggers: inserts only, so writers never wait for each
 * other or for a report). A trajectory with a queued entry, or without a row, is <em>stale</em>:
 * <ul>
 * <li>{@link #refresh} (before a report reads, in a short transaction of its own) and the scheduled
 * {@link #drain} compute the stale rows and store them;</li>
 * <li>{@link #forEach} (in the report's transaction) takes the stored rows and computes whatever is still
 * stale at that moment (written since the refresh) afresh, so a report never shows a figure older
 * than its own reading.</li>
 * </ul>
 * Two refreshes of one trajectory at once are safe without waiting for each other: each takes a number
 * from {@code trajectory_report_facts_refresh} after it has seen the queue and before it computes, an
 * upsert keeps the row of the higher number, and each removes only the queue entries it saw (which the
 * higher number's computation saw as well, having started later).
 */
@Component
class ReportFacts {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportFacts.class);

    /** Rows of {@link #READ} fetched per round trip (within a transaction the driver then reads with a cursor). */
    static final int READ_FETCH_SIZE = 1000;

    /** Stale trajectories the scheduled drain computes per transaction. */
    static final int DRAIN_BATCH = 1000;

    /** The advisory lock that lets one node at a time drain (the others skip that round). */
    private static final long DRAIN_LOCK = 0x7265706f72746661L;

    private static final String TABLE = "trajectory_report_facts";

    private static final List<String> PHASE_COLUMNS = java.util.Arrays.stream(Phase.values())
            .map(phase -> "entered_" + phase.name().toLowerCase(Locale.ROOT)).toList();

    private static final List<String> COLUMNS = columns();

    private static final String UPSERT = "insert into " + TABLE + " (trajectory_id, " + String.join(", ", COLUMNS)
            + ") values (?, " + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ") on conflict (trajectory_id) do update set "
            + String.join(", ", COLUMNS.stream().map(c -> c + " = excluded." + c).toList())
            + " where " + TABLE + ".refreshed_by < excluded.refreshed_by";

    /** The facts' columns that {@link #stored} reads, in its order (the bookkeeping columns left out). */
    private static final List<String> FACT_COLUMNS = COLUMNS.subList(0, COLUMNS.size() - 2);

    /** Position of the stale flag in {@link #READ}: after the head and the facts. */
    private static final int STALE_COLUMN = TrajectoryHead.COLUMN_COUNT + FACT_COLUMNS.size() + 1;

    /** The trajectories of a selection (%s: its condition) with their kept facts, and whether those are stale now. */
    private static final String READ = "select " + TrajectoryHead.COLUMNS + ", "
            + String.join(", ", FACT_COLUMNS.stream().map(c -> "f." + c).toList()) + """
            , f.trajectory_id is null
                   or exists (select 1 from trajectory_report_facts_queue q where q.trajectory_id = t.id) as stale
            from trajectory t left join trajectory_report_facts f on f.trajectory_id = t.id
            where %s""";

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    /** For reading every trajectory's row: fetched from the database in parts, not all at once. */
    private final JdbcClient inParts;

    private final FactsQueries queries;

    private final Clock clock;

    private final TransactionTemplate writing;

    /** Whether the drain has found every trajectory with a row once (new ones are queued by the triggers). */
    private volatile boolean backfilled;

    ReportFacts(JdbcClient jdbc, JdbcTemplate template, FactsQueries queries, Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        JdbcTemplate fetching = new JdbcTemplate(template.getDataSource());
        fetching.setFetchSize(READ_FETCH_SIZE);
        this.inParts = JdbcClient.create(fetching);
        this.queries = queries;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Computes and stores the queued rows of the selection's trajectories, in a transaction of its own
     * (committed before the report reads). One statement when nothing is queued.
     *
     * @return how many trajectories were computed
     */
    int refresh(Selection selection) {
        if (selection.empty()) {
            return 0;
        }
        try {
            return refreshNow(selection);
        }
        catch (RuntimeException ex) {
            // The report still shows current figures: read() computes whatever is still queued.
            log.warn("Bringing the reports' kept facts up to date failed; this report computes them itself", ex);
            return 0;
        }
    }

    private int refreshNow(Selection selection) {
        return writing.execute(status -> {
            // Driven by the queue (short), not by the selection (every trajectory in scope): a missing row
            // is queued too (the changeset queued every trajectory, the triggers every new one).
            List<Stale> stale = jdbc.sql("""
                    select q.trajectory_id, q.id from trajectory_report_facts_queue q
                    join trajectory t on t.id = q.trajectory_id where %s""".formatted(selection.where()))
                    .paramSource(selection.parameters())
                    .query((rs, n) -> new Stale(rs.getObject(1, UUID.class), rs.getLong(2)))
                    .list();
            return store(stale);
        });
    }

    /**
     * Computes and stores queued and missing rows of any trajectory, up to {@link #DRAIN_BATCH} per round,
     * until none are left: on one node at a time (an advisory lock; another node skips the round). Also
     * removes queue entries of trajectories that no longer exist.
     *
     * @return how many trajectories were computed
     */
    @Scheduled(fixedDelayString = "${participation.reports.facts-drain-interval:PT15S}",
            initialDelayString = "${participation.reports.facts-drain-interval:PT15S}")
    public int drain() {
        int computed = 0;
        try {
            for (int rounds = 0; rounds < 100; rounds++) {
                boolean missing = !backfilled;
                Integer round = writing.execute(status -> {
                    if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", DRAIN_LOCK)
                            .query(Boolean.class).single())) {
                        return -1;
                    }
                    List<Stale> stale = new ArrayList<>(jdbc.sql("""
                            select q.trajectory_id, q.id from trajectory_report_facts_queue q order by q.id limit :batch""")
                            .param("batch", DRAIN_BATCH)
                            .query((rs, n) -> new Stale(rs.getObject(1, UUID.class), rs.getLong(2)))
                            .list());
                    if (missing) {
                        List<Stale> without = jdbc.sql("""
                                select t.id from trajectory t
                                where not exists (select 1 from trajectory_report_facts f where f.trajectory_id = t.id)
                                limit :batch""")
                                .param("batch", DRAIN_BATCH)
                                .query((rs, n) -> new Stale(rs.getObject(1, UUID.class), null))
                                .list();
                        if (without.isEmpty()) {
                            backfilled = true;
                        }
                        stale.addAll(without);
                    }
                    return stale.isEmpty() ? -1 : store(stale);
                });
                if (round == null || round < 0) {
                    return computed;
                }
                computed += round;
            }
            return computed;
        }
        catch (RuntimeException ex) {
            log.warn("Draining the reports' facts queue failed; reports compute what is queued themselves", ex);
            return computed;
        }
    }

    /**
     * The facts of the selection's trajectories as they are now, one trajectory at a time as its row
     * arrives (in no particular order), so that memory does not grow with the number of trajectories:
     * stored rows, and for a trajectory stale at this moment (queued, or without a row) its facts computed
     * afresh (not stored: that is {@link #refresh}'s and the drain's; only those few are held, and computed
     * at the end). Call in the report's transaction, after {@link #forLargeReads}. The row is read by
     * column position in the order of {@link #READ}.
     */
    void forEach(Selection selection, Consumer<TrajectoryFacts> action) {
        if (selection.empty()) {
            return;
        }
        Instant now = clock.instant();
        Map<UUID, TrajectoryHead> stale = new LinkedHashMap<>();
        inParts.sql(READ.formatted(selection.where()))
                .paramSource(selection.parameters())
                .query(rs -> {
                    TrajectoryHead head = TrajectoryHead.of(rs);
                    if (rs.getBoolean(STALE_COLUMN)) {
                        stale.put(head.id().value(), head);
                    }
                    else {
                        action.accept(stored(rs, TrajectoryHead.COLUMN_COUNT + 1).at(head, now));
                    }
                });
        if (!stale.isEmpty()) {
            queries.compute(stale.keySet()).forEach((id, figures) -> action.accept(figures.at(stale.get(id), now)));
        }
    }

    /**
     * Settings for the rest of the caller's transaction, which reads every trajectory in scope: sorts and
     * hashes of tens of thousands of rows in memory, not on disk; no JIT compilation, which costs more than
     * it saves on queries of tens of milliseconds.
     */
    void forLargeReads() {
        jdbc.sql("select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)").query().singleRow();
    }

    /** Computes the stale trajectories, stores them and removes the queue entries seen; in the caller's transaction. */
    private int store(List<Stale> stale) {
        if (stale.isEmpty()) {
            return 0;
        }
        // Taken after the queue was read and before computing: a higher number saw at least as much.
        long refresh = jdbc.sql("select nextval('trajectory_report_facts_refresh')").query(Long.class).single();
        Set<UUID> ids = new LinkedHashSet<>();
        List<Long> entries = new ArrayList<>();
        for (Stale s : stale) {
            ids.add(s.trajectoryId());
            if (s.queueId() != null) {
                entries.add(s.queueId());
            }
        }
        Map<UUID, StoredFacts> computed = queries.compute(ids);
        List<Map.Entry<UUID, StoredFacts>> rows = computed.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).toList();
        Timestamp computedAt = Timestamp.from(clock.instant());
        // In the order of the key, so that two refreshes of the same trajectories lock their rows alike.
        template.batchUpdate(UPSERT, new BatchPreparedStatementSetter() {

            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                bind(ps, rows.get(i).getKey(), rows.get(i).getValue(), computedAt, refresh);
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
        if (!entries.isEmpty()) {
            // One array parameter, however many entries (a bulk load can queue tens of thousands).
            template.update("delete from trajectory_report_facts_queue where id = any(?)",
                    (PreparedStatement ps) -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", entries.toArray())));
        }
        return computed.size();
    }

    private record Stale(UUID trajectoryId, Long queueId) {
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(PHASE_COLUMNS);
        columns.addAll(List.of("residents_before_vision", "channels_before_vision", "residents", "stepped_back",
                "with_motivation", "vision_versions", "review_rounds", "vision_adopted_at", "active_participants",
                "accepted_agreements", "steering_group", "resident_seats", "total_seats", "resident_backgrounds",
                "overrides", "rounds_closed", "resident_turnout", "input_received", "input_answered", "input_on_time",
                "input_escalated", "input_unanswered", "input_unanswered_due", "input_median_days", "input_p90_days",
                "successes", "successes_visible", "first_success_on", "criteria_met", "criteria_assessed", "updates_sent",
                "updates_longest_inner_gap", "updates_last_at", "support_requested", "support_approved",
                "support_rejected", "support_paid", "trainings", "cents_approved", "cents_paid", "checks_answered",
                "checks_by_both", "first_gap", "latest_gap", "meetings", "neutral_facilitator", "away_from_institution",
                "safe_meetings", "plain_language", "at_preferred_time", "computed_at", "refreshed_by"));
        return List.copyOf(columns);
    }

    /** Binds one row in the order of {@link #COLUMNS}. */
    private static void bind(PreparedStatement ps, UUID id, StoredFacts f, Timestamp computedAt, long refresh)
            throws SQLException {
        int i = 1;
        ps.setObject(i++, id);
        for (Phase phase : Phase.values()) {
            ps.setTimestamp(i++, timestamp(f.firstEntered().get(phase)));
        }
        TrajectoryFacts.Involvement inv = f.involvement();
        ps.setInt(i++, inv.residentsBeforeVision());
        ps.setInt(i++, inv.channelsBeforeVision());
        ps.setInt(i++, inv.residents());
        ps.setInt(i++, inv.steppedBack());
        ps.setInt(i++, inv.withMotivation());
        TrajectoryFacts.Vision v = f.vision();
        ps.setInt(i++, v.versions());
        ps.setInt(i++, v.reviewRounds());
        ps.setTimestamp(i++, timestamp(v.adoptedAt()));
        ps.setInt(i++, v.activeParticipants());
        ps.setInt(i++, v.acceptedAgreements());
        TrajectoryFacts.Seats s = f.seats();
        ps.setBoolean(i++, s.steeringGroup());
        ps.setInt(i++, s.residentSeats());
        ps.setInt(i++, s.totalSeats());
        ps.setInt(i++, s.distinctResidentBackgrounds());
        ps.setInt(i++, s.overrides());
        ps.setInt(i++, s.roundsClosed());
        ps.setBigDecimal(i++, s.meanResidentTurnoutPercent());
        StoredFacts.InputFigures in = f.input();
        ps.setInt(i++, in.received());
        ps.setInt(i++, in.answered());
        ps.setInt(i++, in.answeredOnTime());
        ps.setInt(i++, in.escalated());
        ps.setInt(i++, in.unanswered());
        ps.setArray(i++, ps.getConnection().createArrayOf("timestamptz",
                in.unansweredDue().stream().map(Timestamp::from).toArray()));
        ps.setBigDecimal(i++, in.medianDaysToAnswer());
        ps.setBigDecimal(i++, in.p90DaysToAnswer());
        TrajectoryFacts.Successes su = f.successes();
        ps.setInt(i++, su.registered());
        ps.setInt(i++, su.visible());
        if (su.firstAchievedOn() == null) {
            ps.setNull(i++, Types.DATE);
        }
        else {
            ps.setDate(i++, Date.valueOf(su.firstAchievedOn()));
        }
        ps.setInt(i++, su.criteriaMet());
        ps.setInt(i++, su.criteriaAssessed());
        StoredFacts.UpdateFigures u = f.updates();
        ps.setInt(i++, u.sent());
        ps.setBigDecimal(i++, u.longestInnerGapSeconds());
        ps.setTimestamp(i++, timestamp(u.lastAt()));
        TrajectoryFacts.Support su2 = f.support();
        ps.setInt(i++, su2.requested());
        ps.setInt(i++, su2.approved());
        ps.setInt(i++, su2.rejected());
        ps.setInt(i++, su2.paid());
        ps.setInt(i++, su2.trainings());
        ps.setLong(i++, su2.eurosApproved().movePointRight(2).longValueExact());
        ps.setLong(i++, su2.eurosPaid().movePointRight(2).longValueExact());
        TrajectoryFacts.Checks c = f.checks();
        ps.setInt(i++, c.answered());
        ps.setInt(i++, c.answeredByBoth());
        ps.setBigDecimal(i++, c.firstGap());
        ps.setBigDecimal(i++, c.latestGap());
        TrajectoryFacts.Meetings m = f.meetings();
        ps.setInt(i++, m.meetings());
        ps.setInt(i++, m.neutralFacilitator());
        ps.setInt(i++, m.awayFromInstitution());
        ps.setInt(i++, m.safe());
        ps.setInt(i++, m.plainLanguage());
        ps.setInt(i++, m.atPreferredTime());
        ps.setTimestamp(i++, computedAt);
        ps.setLong(i, refresh);
    }

    /** One stored row as {@link StoredFacts}: the columns of {@link #FACT_COLUMNS}, from position {@code first} on. */
    private static StoredFacts stored(ResultSet rs, int first) throws SQLException {
        int i = first;
        Map<Phase, Instant> entered = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            Instant at = instant(rs, i++);
            if (at != null) {
                entered.put(phase, at);
            }
        }
        TrajectoryFacts.Involvement involvement = new TrajectoryFacts.Involvement(rs.getInt(i++), rs.getInt(i++),
                rs.getInt(i++), rs.getInt(i++), rs.getInt(i++), Map.of());
        TrajectoryFacts.Vision vision = new TrajectoryFacts.Vision(rs.getInt(i++), rs.getInt(i++), instant(rs, i++),
                rs.getInt(i++), rs.getInt(i++));
        TrajectoryFacts.Seats seats = new TrajectoryFacts.Seats(rs.getBoolean(i++), rs.getInt(i++), rs.getInt(i++),
                rs.getInt(i++), rs.getInt(i++), rs.getInt(i++), rs.getBigDecimal(i++));
        StoredFacts.InputFigures input = new StoredFacts.InputFigures(rs.getInt(i++), rs.getInt(i++), rs.getInt(i++),
                rs.getInt(i++), rs.getInt(i++), FactsQueries.instants(rs, i++), rs.getBigDecimal(i++), rs.getBigDecimal(i++));
        TrajectoryFacts.Successes successes = new TrajectoryFacts.Successes(rs.getInt(i++), rs.getInt(i++),
                rs.getObject(i++, LocalDate.class), rs.getInt(i++), rs.getInt(i++));
        StoredFacts.UpdateFigures updates = new StoredFacts.UpdateFigures(rs.getInt(i++), rs.getBigDecimal(i++),
                instant(rs, i++));
        TrajectoryFacts.Support support = new TrajectoryFacts.Support(rs.getInt(i++), rs.getInt(i++), rs.getInt(i++),
                rs.getInt(i++), rs.getInt(i++), BigDecimal.valueOf(rs.getLong(i++), 2), BigDecimal.valueOf(rs.getLong(i++), 2));
        TrajectoryFacts.Checks checks = new TrajectoryFacts.Checks(rs.getInt(i++), rs.getInt(i++), rs.getBigDecimal(i++),
                rs.getBigDecimal(i++));
        TrajectoryFacts.Meetings meetings = new TrajectoryFacts.Meetings(rs.getInt(i++), rs.getInt(i++), rs.getInt(i++),
                rs.getInt(i++), rs.getInt(i++), rs.getInt(i++));
        if (i != first + FACT_COLUMNS.size()) {
            throw new IllegalStateException("read " + (i - first) + " of the " + FACT_COLUMNS.size() + " kept columns");
        }
        return new StoredFacts(entered, involvement, vision, seats, input, successes, updates, support, checks, meetings);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
