package nl.participationsuite.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.participationsuite.domain.conditions.SmallGroupPrivacy;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.reporting.scorecard.TrajectoryFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link TrajectoryFacts} of every selected trajectory in a fixed number of set-based
 * queries (one per group of figures, each grouped by trajectory in the database), whatever the
 * number of trajectories. Reads counts and moments only: no names, no texts.
 */
@Component
class FactsQueries {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FactsQueries.class);

    private static final String FINAL_INPUT = "('ADOPTED', 'NOT_ADOPTED', 'PARTLY_ADOPTED')";

    /** Trajectories computed per round of queries (a bound on the parameters of one statement). */
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    private final Clock clock;

    FactsQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The facts per trajectory id, computed now, in the order of the selection (newest first). */
    Map<UUID, TrajectoryFacts> load(Selection selection) {
        if (selection.empty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        Map<UUID, TrajectoryHead> heads = new LinkedHashMap<>();
        jdbc.sql("select " + TrajectoryHead.COLUMNS + " from trajectory t where %s order by t.started_at desc, t.id desc"
                .formatted(selection.where()))
                .paramSource(selection.parameters())
                .query(rs -> {
                    TrajectoryHead head = TrajectoryHead.of(rs);
                    heads.put(head.id().value(), head);
                });
        Map<UUID, StoredFacts> stored = compute(heads.keySet());
        Map<UUID, TrajectoryFacts> facts = new LinkedHashMap<>();
        heads.forEach((id, head) -> facts.put(id, stored.get(id).at(head, now)));
        return facts;
    }

    /**
     * The figures that do not change with time alone of these trajectories, in a fixed number of
     * set-based queries per {@link #CHUNK} of them: for {@link #load} and for {@link ReportFacts} to keep.
     * A trajectory that does not exist has none.
     */
    Map<UUID, StoredFacts> compute(java.util.Collection<UUID> ids) {
        Map<UUID, StoredFacts> facts = new LinkedHashMap<>();
        java.util.List<UUID> all = java.util.List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += CHUNK) {
            facts.putAll(computeChunk(all.subList(from, Math.min(from + CHUNK, all.size()))));
        }
        return facts;
    }

    private Map<UUID, StoredFacts> computeChunk(java.util.List<UUID> ids) {
        Selection selection = Selection.ofIds(ids, clock);
        Map<UUID, Builder> builders = new LinkedHashMap<>();
        jdbc.sql("select t.id from trajectory t where " + selection.where()).paramSource(selection.parameters())
                .query(rs -> {
                    builders.put(rs.getObject(1, UUID.class), new Builder());
                });
        if (builders.isEmpty()) {
            return Map.of();
        }
        // A portfolio groups and sorts tens of thousands of rows per query: in memory, not on disk.
        jdbc.sql("select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)").query().singleRow();
        String cte = selection.cte();
        each(selection, cte + """
                select pt.trajectory_id, pt.phase, min(pt.entered_at) as entered_at
                from sel join phase_transition pt on pt.trajectory_id = sel.id group by 1, 2""", builders,
                (b, rs) -> b.firstEntered.put(Phase.valueOf(rs.getString("phase")), instant(rs, "entered_at")));
        each(selection, cte + """
                , vision as (select pt.trajectory_id, min(pt.entered_at) as entered_at
                             from sel join phase_transition pt on pt.trajectory_id = sel.id and pt.phase = 'SHARED_VISION'
                             group by 1),
                residents as (select p.trajectory_id, count(*) as residents, count(p.stepped_back_at) as stepped_back
                              from sel join participant p on p.trajectory_id = sel.id and p.kind = 'RESIDENT' group by 1),
                early as (select r.trajectory_id, r.channel
                          from sel join recruitment r on r.trajectory_id = sel.id
                          join participant p on p.id = r.participant_id
                          left join vision v on v.trajectory_id = r.trajectory_id
                          where r.recorded_at < coalesce(v.entered_at, 'infinity')
                            and (p.stepped_back_at is null or p.stepped_back_at >= coalesce(v.entered_at, 'infinity'))),
                early_residents as (select trajectory_id, count(*) as before_vision from early group by 1),
                early_channels as (select trajectory_id, count(*) as channels
                                   from (select distinct trajectory_id, channel from early) c group by 1),
                motivation as (select mp.trajectory_id, count(*) as with_motivation
                               from sel join motivation_profile mp on mp.trajectory_id = sel.id group by 1)
                select r.trajectory_id, r.residents, r.stepped_back, coalesce(e.before_vision, 0) as before_vision,
                       coalesce(c.channels, 0) as channels, coalesce(m.with_motivation, 0) as with_motivation
                from residents r left join early_residents e on e.trajectory_id = r.trajectory_id
                left join early_channels c on c.trajectory_id = r.trajectory_id
                left join motivation m on m.trajectory_id = r.trajectory_id""", builders, (b, rs) -> {
                    b.residents = rs.getInt("residents");
                    b.steppedBack = rs.getInt("stepped_back");
                    b.residentsBeforeVision = rs.getInt("before_vision");
                    b.channelsBeforeVision = rs.getInt("channels");
                    b.withMotivation = rs.getInt("with_motivation");
                });
        each(selection, cte + """
                select vv.trajectory_id, count(*) as versions, count(vv.submitted_at) as review_rounds,
                       max(vv.adopted_at) as adopted_at
                from sel join vision_version vv on vv.trajectory_id = sel.id group by 1""", builders, (b, rs) -> {
                    b.versions = rs.getInt("versions");
                    b.reviewRounds = rs.getInt("review_rounds");
                    b.adoptedAt = instant(rs, "adopted_at");
                });
        each(selection, cte + """
                select p.trajectory_id, count(*) as active, count(ra.id) filter (where ra.status = 'ACCEPTED') as accepted
                from sel join participant p on p.trajectory_id = sel.id and p.stepped_back_at is null
                left join role_agreement ra on ra.trajectory_id = p.trajectory_id and ra.participant_id = p.id
                     and ra.replaced_at is null
                group by 1""", builders, (b, rs) -> {
                    b.activeParticipants = rs.getInt("active");
                    b.acceptedAgreements = rs.getInt("accepted");
                });
        each(selection, cte + """
                , groups as (select sg.id, sg.trajectory_id from sel join steering_group sg on sg.trajectory_id = sel.id),
                seats as (select s.steering_group_id, count(*) as seats,
                                 count(*) filter (where s.holder_kind = 'RESIDENT') as resident_seats
                          from groups join seat s on s.steering_group_id = groups.id and s.vacated_at is null group by 1),
                backgrounds as (select s.steering_group_id, count(distinct b.background) as backgrounds
                                from groups join seat s on s.steering_group_id = groups.id and s.vacated_at is null
                                     and s.holder_kind = 'RESIDENT'
                                join seat_background b on b.seat_id = s.id group by 1),
                overrides as (select o.steering_group_id, count(*) as overrides
                              from groups join composition_override o on o.steering_group_id = groups.id group by 1)
                select groups.trajectory_id, coalesce(seats.seats, 0) as seats,
                       coalesce(seats.resident_seats, 0) as resident_seats,
                       coalesce(backgrounds.backgrounds, 0) as backgrounds, coalesce(overrides.overrides, 0) as overrides
                from groups left join seats on seats.steering_group_id = groups.id
                left join backgrounds on backgrounds.steering_group_id = groups.id
                left join overrides on overrides.steering_group_id = groups.id""", builders, (b, rs) -> {
                    b.steeringGroup = true;
                    b.totalSeats = rs.getInt("seats");
                    b.residentSeats = rs.getInt("resident_seats");
                    b.backgrounds = rs.getInt("backgrounds");
                    b.overrides = rs.getInt("overrides");
                });
        each(selection, cte + ROUNDS + """
                select trajectory_id, count(*) filter (where closed_at is not null) as closed,
                       avg(turnout) filter (where closed_at is not null) as turnout
                from rounds group by 1""", builders, (b, rs) -> {
                    b.roundsClosed = rs.getInt("closed");
                    b.turnout = decimal(rs, "turnout", 1);
                });
        each(selection, cte + """
                select i.trajectory_id, count(*) as received,
                       count(*) filter (where i.status in %1$s) as answered,
                       count(*) filter (where i.status in %1$s and i.feedback_at <= i.due_at) as on_time,
                       count(i.escalated_at) as escalated,
                       count(*) filter (where i.status not in %1$s) as unanswered,
                       array_agg(i.due_at order by i.due_at) filter (where i.status not in %1$s) as unanswered_due,
                       percentile_cont(0.5) within group (order by extract(epoch from i.feedback_at - i.received_at) / 86400)
                           filter (where i.status in %1$s) as median_days,
                       percentile_cont(0.9) within group (order by extract(epoch from i.feedback_at - i.received_at) / 86400)
                           filter (where i.status in %1$s) as p90_days
                from sel join resident_input i on i.trajectory_id = sel.id
                group by 1""".formatted(FINAL_INPUT), builders, (b, rs) -> {
                    b.received = rs.getInt("received");
                    b.answered = rs.getInt("answered");
                    b.answeredOnTime = rs.getInt("on_time");
                    b.escalated = rs.getInt("escalated");
                    b.unanswered = rs.getInt("unanswered");
                    b.unansweredDue = instants(rs, "unanswered_due");
                    b.medianDays = decimal(rs, "median_days", 1);
                    b.p90Days = decimal(rs, "p90_days", 1);
                });
        each(selection, cte + """
                select s.trajectory_id, count(*) as registered, count(s.visible_at) as visible,
                       min(s.achieved_on) as first_on
                from sel join success s on s.trajectory_id = sel.id group by 1""", builders, (b, rs) -> {
                    b.successes = rs.getInt("registered");
                    b.visible = rs.getInt("visible");
                    b.firstSuccess = rs.getObject("first_on", LocalDate.class);
                });
        each(selection, cte + """
                select distinct on (sr.trajectory_id) sr.trajectory_id,
                       count(ca.id) filter (where ca.result = 'MET') as met, count(ca.id) as assessed
                from sel join success_report sr on sr.trajectory_id = sel.id
                left join criterion_assessment ca on ca.success_report_id = sr.id
                group by sr.trajectory_id, sr.id, sr.cycle
                order by sr.trajectory_id, sr.cycle desc""", builders, (b, rs) -> {
                    b.criteriaMet = rs.getInt("met");
                    b.criteriaAssessed = rs.getInt("assessed");
                });
        each(selection, cte + """
                , working as (select pt.trajectory_id, min(pt.entered_at) as since
                              from sel join phase_transition pt on pt.trajectory_id = sel.id and pt.phase = 'WORKING_TOGETHER'
                              group by 1),
                points as (select w.trajectory_id, w.since as at, 0 as sent from working w
                           union all
                           select w.trajectory_id, u.sent_at, 1 from working w
                           join progress_update u on u.trajectory_id = w.trajectory_id and u.sent_at >= w.since),
                gaps as (select trajectory_id, at, sent,
                                extract(epoch from lead(at) over (partition by trajectory_id order by at, sent desc) - at) as gap
                         from points)
                select trajectory_id, sum(sent) as sent, max(gap) as inner_gap, max(at) as last_at from gaps group by 1""", builders,
                (b, rs) -> {
                    b.updatesSent = rs.getInt("sent");
                    b.innerGap = rs.getBigDecimal("inner_gap");
                    b.lastUpdatePoint = instant(rs, "last_at");
                });
        each(selection, cte + """
                select r.trajectory_id, count(*) as requested,
                       count(*) filter (where r.status in ('APPROVED', 'PAID')) as approved,
                       count(*) filter (where r.status = 'REJECTED') as rejected,
                       count(*) filter (where r.status = 'PAID') as paid,
                       count(*) filter (where r.kind = 'TRAINING') as trainings,
                       coalesce(sum(r.amount_cents) filter (where r.status in ('APPROVED', 'PAID')), 0) as cents_approved,
                       coalesce(sum(r.amount_cents) filter (where r.status = 'PAID'), 0) as cents_paid
                from sel join support_request r on r.trajectory_id = sel.id group by 1""", builders, (b, rs) -> {
                    b.supportRequested = rs.getInt("requested");
                    b.supportApproved = rs.getInt("approved");
                    b.supportRejected = rs.getInt("rejected");
                    b.supportPaid = rs.getInt("paid");
                    b.trainings = rs.getInt("trainings");
                    b.eurosApproved = BigDecimal.valueOf(rs.getLong("cents_approved"), 2);
                    b.eurosPaid = BigDecimal.valueOf(rs.getLong("cents_paid"), 2);
                });
        each(selection, cte + CHECK_GAPS + """
                , per_check as (select trajectory_id, period_number, avg(abs(professional_mean - resident_mean)) as gap
                                from gaps group by 1, 2)
                select trajectory_id, count(*) as answered, count(gap) as answered_by_both,
                       (array_agg(gap order by period_number) filter (where gap is not null))[1] as first_gap,
                       (array_agg(gap order by period_number desc) filter (where gap is not null))[1] as latest_gap
                from per_check group by 1""", builders, (b, rs) -> {
                    b.checksAnswered = rs.getInt("answered");
                    b.checksByBoth = rs.getInt("answered_by_both");
                    b.firstGap = decimal(rs, "first_gap", 2);
                    b.latestGap = decimal(rs, "latest_gap", 2);
                });
        Map<UUID, Map<PreferredTime, Integer>> preferences = new HashMap<>();
        Map<UUID, Integer> profiles = new HashMap<>();
        jdbc.sql(cte + """
                select mp.trajectory_id, mp.preferred_times, count(*) as residents
                from sel join motivation_profile mp on mp.trajectory_id = sel.id
                join participant p on p.id = mp.participant_id and p.stepped_back_at is null
                group by 1, 2""").paramSource(selection.parameters()).query(rs -> {
                    UUID id = rs.getObject("trajectory_id", UUID.class);
                    int residents = rs.getInt("residents");
                    profiles.merge(id, residents, Integer::sum);
                    for (PreferredTime time : preferredTimes(rs.getString("preferred_times"))) {
                        preferences.computeIfAbsent(id, k -> new EnumMap<>(PreferredTime.class)).merge(time, residents, Integer::sum);
                    }
                });
        each(selection, cte + """
                select m.trajectory_id, extract(isodow from m.starts_at at time zone :zone)::int as day,
                       extract(hour from m.starts_at at time zone :zone)::int as hour, count(*) as meetings,
                       count(*) filter (where m.neutral_facilitator) as neutral,
                       count(*) filter (where m.venue_type <> 'INSTITUTION') as away,
                       count(*) filter (where m.neutral_facilitator and m.venue_type <> 'INSTITUTION') as safe,
                       count(*) filter (where m.plain_language_checked) as plain_language
                from sel join meeting m on m.trajectory_id = sel.id and m.cancelled_at is null group by 1, 2, 3""", builders, (b, rs) -> {
                    int meetings = rs.getInt("meetings");
                    b.meetings += meetings;
                    b.neutral += rs.getInt("neutral");
                    b.away += rs.getInt("away");
                    b.safe += rs.getInt("safe");
                    b.plainLanguage += rs.getInt("plain_language");
                    UUID id = rs.getObject(1, UUID.class);
                    PreferredTime time = PreferredTime.of(DayOfWeek.of(rs.getInt("day")), rs.getInt("hour"));
                    int preferring = preferences.getOrDefault(id, Map.of()).getOrDefault(time, 0);
                    int withProfile = profiles.getOrDefault(id, 0);
                    b.atPreferredTime += withProfile > 0 && preferring * 2 > withProfile ? meetings : 0;
                });
        Map<UUID, StoredFacts> facts = new LinkedHashMap<>();
        builders.forEach((id, b) -> facts.put(id, b.build()));
        return facts;
    }

    /**
     * Per decision round of the selected trajectories: the resident seat holders while it was open
     * (assigned before it closed, not vacated before it opened), their votes, and the turnout (percent).
     */
    static final String ROUNDS = """
            , round_base as (select dr.trajectory_id, dr.id, dr.steering_group_id, dr.opened_at, dr.deadline, dr.closed_at,
                                    dr.outcome
                             from sel join decision_round dr on dr.trajectory_id = sel.id),
            round_holders as (select r.id, count(*) as holders from round_base r
                              join seat s on s.steering_group_id = r.steering_group_id and s.holder_kind = 'RESIDENT'
                                   and s.assigned_at <= coalesce(r.closed_at, :now)
                                   and (s.vacated_at is null or s.vacated_at > r.opened_at)
                              group by 1),
            round_votes as (select r.id, count(*) as votes from round_base r
                            join round_vote rv on rv.decision_round_id = r.id
                            join participant p on p.id = rv.participant_id and p.kind = 'RESIDENT'
                            group by 1),
            rounds as (select r.trajectory_id, r.id, r.opened_at, r.deadline, r.closed_at, r.outcome,
                              coalesce(h.holders, 0) as holders, coalesce(v.votes, 0) as votes,
                              case when h.holders > 0 then least(100.0, 100.0 * coalesce(v.votes, 0) / h.holders) end as turnout
                       from round_base r left join round_holders h on h.id = r.id left join round_votes v on v.id = r.id)
            """;

    /** Per conditions check and condition of the selected trajectories: each side's mean score and answers. */
    static final String CHECK_GAPS = """
            , gaps as (
                select cc.trajectory_id, cc.period_number, cc.opened_at, sc.condition,
                       case when count(distinct a.id) filter (where a.participant_kind = 'RESIDENT') >= %1$d
                            then avg(sc.score) filter (where a.participant_kind = 'RESIDENT') end as resident_mean,
                       case when count(distinct a.id) filter (where a.participant_kind = 'PROFESSIONAL') >= %1$d
                            then avg(sc.score) filter (where a.participant_kind = 'PROFESSIONAL') end as professional_mean,
                       count(distinct a.id) filter (where a.participant_kind = 'RESIDENT') as resident_answers,
                       count(distinct a.id) filter (where a.participant_kind = 'PROFESSIONAL') as professional_answers
                from sel join conditions_check cc on cc.trajectory_id = sel.id
                join conditions_answer_set a on a.check_id = cc.id
                join conditions_score sc on sc.answer_set_id = a.id
                group by 1, 2, 3, 4)
            """.formatted(SmallGroupPrivacy.MINIMUM_ANSWERS);

    private interface RowReader {
        void read(Builder builder, ResultSet rs) throws SQLException;
    }

    private void each(Selection selection, String sql, Map<UUID, Builder> builders, RowReader reader) {
        long start = System.nanoTime();
        jdbc.sql(sql).paramSource(selection.parameters()).query(rs -> {
            Builder builder = builders.get(rs.getObject(1, UUID.class));
            if (builder != null) {
                reader.read(builder, rs);
            }
        });
        if (log.isDebugEnabled()) {
            log.debug("{} ms: {}", (System.nanoTime() - start) / 1_000_000, sql.substring(sql.indexOf(')') + 1).strip()
                    .lines().findFirst().orElse(""));
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A {@code timestamptz[]} column as instants (empty for null). */
    static java.util.List<Instant> instants(ResultSet rs, String column) throws SQLException {
        return instants(rs.getArray(column));
    }

    static java.util.List<Instant> instants(ResultSet rs, int column) throws SQLException {
        return instants(rs.getArray(column));
    }

    private static java.util.List<Instant> instants(java.sql.Array array) throws SQLException {
        if (array == null) {
            return java.util.List.of();
        }
        java.util.List<Instant> instants = new java.util.ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            instants.add(((Timestamp) value).toInstant());
        }
        return instants;
    }

    static BigDecimal decimal(ResultSet rs, String column, int scale) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    static Set<PreferredTime> preferredTimes(String column) {
        Set<PreferredTime> times = EnumSet.noneOf(PreferredTime.class);
        if (column != null && !column.isBlank()) {
            for (String name : column.split(",")) {
                times.add(PreferredTime.valueOf(name.strip()));
            }
        }
        return times;
    }

    /** Collects one trajectory's figures while the queries run. */
    private static final class Builder {
        final Map<Phase, Instant> firstEntered = new EnumMap<>(Phase.class);
        int residentsBeforeVision;
        int channelsBeforeVision;
        int residents;
        int steppedBack;
        int withMotivation;
        int versions;
        int reviewRounds;
        Instant adoptedAt;
        int activeParticipants;
        int acceptedAgreements;
        boolean steeringGroup;
        int residentSeats;
        int totalSeats;
        int backgrounds;
        int overrides;
        int roundsClosed;
        BigDecimal turnout;
        int received;
        int answered;
        int answeredOnTime;
        int escalated;
        int unanswered;
        java.util.List<Instant> unansweredDue = java.util.List.of();
        BigDecimal medianDays;
        BigDecimal p90Days;
        int successes;
        int visible;
        LocalDate firstSuccess;
        int criteriaMet;
        int criteriaAssessed;
        int updatesSent;
        BigDecimal innerGap;
        Instant lastUpdatePoint;
        int supportRequested;
        int supportApproved;
        int supportRejected;
        int supportPaid;
        int trainings;
        BigDecimal eurosApproved = BigDecimal.ZERO.setScale(2);
        BigDecimal eurosPaid = BigDecimal.ZERO.setScale(2);
        int checksAnswered;
        int checksByBoth;
        BigDecimal firstGap;
        BigDecimal latestGap;
        int meetings;
        int neutral;
        int away;
        int safe;
        int plainLanguage;
        int atPreferredTime;

        StoredFacts build() {
            return new StoredFacts(firstEntered,
                    new TrajectoryFacts.Involvement(residentsBeforeVision, channelsBeforeVision, residents, steppedBack,
                            withMotivation, Map.of()),
                    new TrajectoryFacts.Vision(versions, reviewRounds, adoptedAt, activeParticipants, acceptedAgreements),
                    new TrajectoryFacts.Seats(steeringGroup, residentSeats, totalSeats, backgrounds, overrides, roundsClosed,
                            turnout),
                    new StoredFacts.InputFigures(received, answered, answeredOnTime, escalated, unanswered, unansweredDue,
                            medianDays, p90Days),
                    new TrajectoryFacts.Successes(successes, visible, firstSuccess, criteriaMet, criteriaAssessed),
                    new StoredFacts.UpdateFigures(updatesSent, innerGap, lastUpdatePoint),
                    new TrajectoryFacts.Support(supportRequested, supportApproved, supportRejected, supportPaid, trainings,
                            eurosApproved, eurosPaid),
                    new TrajectoryFacts.Checks(checksAnswered, checksByBoth, firstGap, latestGap),
                    new TrajectoryFacts.Meetings(meetings, neutral, away, safe, plainLanguage, atPreferredTime));
        }
    }
}
