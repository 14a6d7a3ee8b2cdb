package nl.participationsuite.reporting.trajectory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.support.SupportKind;
import nl.participationsuite.domain.support.SupportStatus;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.reporting.ResidentCount;
import nl.participationsuite.reporting.leadtimes.TrajectoryLeadTimes;
import nl.participationsuite.reporting.scorecard.Scorecard;

/**
 * The report of one trajectory for a manager of its organisation: what it is, its handbook scorecard
 * (every measure, exact counts), its lead times and the tables a manager reads behind the figures. No
 * names, e-mail addresses or texts written by residents: the only free text is the coordinator's
 * justification of a seat-rules override, without who gave it.
 */
public record TrajectoryReport(Heading heading, Scorecard scorecard, TrajectoryLeadTimes leadTimes,
        List<UnansweredInput> unansweredInputs, List<DecisionRoundRow> decisionRounds, List<SeatOverride> overrides,
        List<ConditionGap> conditionGaps, List<VenueRow> meetings, List<SupportRow> support,
        List<StepBacks> stepBacks) {

    public TrajectoryReport {
        unansweredInputs = List.copyOf(unansweredInputs);
        decisionRounds = List.copyOf(decisionRounds);
        overrides = List.copyOf(overrides);
        conditionGaps = List.copyOf(conditionGaps);
        meetings = List.copyOf(meetings);
        support = List.copyOf(support);
        stepBacks = List.copyOf(stepBacks);
    }

    /** What the trajectory is and where it stands. Title, topic and area are the coordinator's words. */
    public record Heading(TrajectoryId id, String reference, String title, String topic, String area,
            OrganisationId organisationId, String organisation, TrajectoryKind kind, ParticipationLevel level,
            Phase phase, int cycle, Instant startedAt, Instant closedAt, boolean closedEarly, int minimumResidents,
            int minimumChannels) {
    }

    /** Input not answered yet, oldest first: when it came in, its deadline, days open, late, escalated. */
    public record UnansweredInput(InputId id, Instant receivedAt, Instant dueAt, BigDecimal daysOpen, boolean overdue,
            boolean escalated) {
    }

    /**
     * A decision round: when, its outcome (null while open), and the resident seat holders' turnout: of
     * the residents holding a seat while the round was open, how many voted.
     */
    public record DecisionRoundRow(Instant openedAt, Instant deadline, Instant closedAt, RoundOutcome outcome,
            int residentSeatHolders, int residentVotes, BigDecimal turnoutPercent) {
    }

    /** A steering-group composition accepted against the rules: when, which rules, and why (no names). */
    public record SeatOverride(Instant givenAt, List<String> brokenRules, String justification) {

        public SeatOverride {
            brokenRules = List.copyOf(brokenRules);
        }
    }

    /**
     * One condition in one conditions check: the mean score of residents and of professionals (null
     * when that side did not answer), the gap (professionals minus residents; null unless both answered)
     * and how many answered on each side.
     */
    public record ConditionGap(int period, Instant openedAt, Condition condition, BigDecimal residentMean,
            BigDecimal professionalMean, BigDecimal gap, int residentAnswers, int professionalAnswers) {
    }

    /** Meetings at one venue type: how many, with a neutral facilitator, at a time most residents prefer. */
    public record VenueRow(VenueType venueType, int meetings, int withNeutralFacilitator, int atPreferredTime) {
    }

    /** Support requests of one kind in one status: how many, and their euros (travel costs; null for none). */
    public record SupportRow(SupportKind kind, SupportStatus status, int requests, BigDecimal euros) {
    }

    /** Residents who stepped back while the trajectory was in a phase. */
    public record StepBacks(Phase phase, ResidentCount residents) {
    }
}
