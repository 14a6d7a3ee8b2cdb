package nl.participationsuite.reporting.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * The raw figures of one trajectory that {@link ScorecardRules} judges: counts and moments read from the
 * domain tables in sets (one query per group for all trajectories of a portfolio). No people, no texts.
 * Each group has an {@code EMPTY} value for a trajectory with nothing of it yet.
 */
public record TrajectoryFacts(Basics basics, Involvement involvement, Vision vision, Seats seats, Input input,
        Successes successes, Updates updates, Support support, Checks checks, Meetings meetings) {

    /**
     * What the trajectory is: its phase and cycle, start and close, its own thresholds of the early
     * involvement gate, when it first entered each phase, and the moment the figures were read.
     */
    public record Basics(TrajectoryId id, Phase phase, int cycle, Instant startedAt, Instant closedAt,
            boolean closedEarly, int minimumResidents, int minimumChannels, Map<Phase, Instant> firstEntered,
            Instant now) {

        public Basics {
            firstEntered = Map.copyOf(firstEntered);
        }

        /** Whether the trajectory has gone past (or left) a phase: it is in a later phase, or closed. */
        public boolean isPast(Phase phase) {
            return this.phase.ordinal() > phase.ordinal();
        }

        /** Whether the trajectory has reached a phase (is in it or past it; a trajectory closed early has not). */
        public boolean hasReached(Phase phase) {
            return firstEntered.containsKey(phase) || (this.phase != Phase.CLOSED && this.phase.ordinal() >= phase.ordinal());
        }

        /** The end of the period measured: the close, or now. */
        public Instant end() {
            return closedAt != null ? closedAt : now;
        }

        public boolean isClosed() {
            return phase == Phase.CLOSED;
        }
    }

    /**
     * Residents: recruited before the trajectory first entered the vision phase (or until now, if it has
     * not) and the distinct recruitment channels among them; all residents who took part, who stepped
     * back, and who had a motivation conversation (or filled in their profile).
     */
    public record Involvement(int residentsBeforeVision, int channelsBeforeVision, int residents, int steppedBack,
            int withMotivation, Map<Phase, Integer> steppedBackByPhase) {

        public static final Involvement EMPTY = new Involvement(0, 0, 0, 0, 0, Map.of());

        public Involvement {
            steppedBackByPhase = Map.copyOf(steppedBackByPhase);
        }
    }

    /**
     * The shared vision: versions drafted, versions put out for review (review rounds), when one was
     * adopted (null: none yet); role agreements: active participants and those with an accepted agreement.
     */
    public record Vision(int versions, int reviewRounds, Instant adoptedAt, int activeParticipants,
            int acceptedAgreements) {

        public static final Vision EMPTY = new Vision(0, 0, null, 0, 0);
    }

    /**
     * The steering group now: whether there is one, its occupied seats (resident and all), the distinct
     * backgrounds of resident holders, overrides of the composition rules; decision rounds closed and the
     * mean turnout of resident seat holders over them (null: no round closed).
     */
    public record Seats(boolean steeringGroup, int residentSeats, int totalSeats, int distinctResidentBackgrounds,
            int overrides, int roundsClosed, BigDecimal meanResidentTurnoutPercent) {

        public static final Seats EMPTY = new Seats(false, 0, 0, 0, 0, 0, null);
    }

    /**
     * Resident input: received, answered, answered within the deadline, escalated, unanswered now and of
     * those past their deadline; median and p90 days from receipt to the answer (null: none answered).
     */
    public record Input(int received, int answered, int answeredOnTime, int escalated, int unanswered,
            int unansweredOverdue, BigDecimal medianDaysToAnswer, BigDecimal p90DaysToAnswer) {

        public static final Input EMPTY = new Input(0, 0, 0, 0, 0, 0, null, null);

        /** Input whose answer was due by now: answered, or unanswered past its deadline. */
        public int due() {
            return answered + unansweredOverdue;
        }
    }

    /**
     * Successes registered and made visible, the day the first was achieved (null: none); the latest
     * success report's criteria judged met and assessed (0 and 0: no report yet).
     */
    public record Successes(int registered, int visible, LocalDate firstAchievedOn, int criteriaMet,
            int criteriaAssessed) {

        public static final Successes EMPTY = new Successes(0, 0, null, 0, 0);
    }

    /** Progress updates sent, and the longest stretch in days without one since working together began (null: not begun). */
    public record Updates(int sent, BigDecimal longestGapDays) {

        public static final Updates EMPTY = new Updates(0, null);
    }

    /**
     * Support requests: all, approved (incl. paid), rejected, paid, of which trainings; euros approved
     * (incl. paid) and paid.
     */
    public record Support(int requested, int approved, int rejected, int paid, int trainings, BigDecimal eurosApproved,
            BigDecimal eurosPaid) {

        public static final Support EMPTY = new Support(0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * Conditions checks: how many were answered by anyone, how many by both residents and professionals,
     * and the mean (over conditions) absolute gap between the two sides' mean scores in the first and the
     * latest check both sides answered (null: none).
     */
    public record Checks(int answered, int answeredByBoth, BigDecimal firstGap, BigDecimal latestGap) {

        public static final Checks EMPTY = new Checks(0, 0, null, null);
    }

    /**
     * Meetings: held or planned, with a neutral facilitator, away from an institution, safe (both), with
     * the plain-language check done, and at a time most residents with a profile prefer.
     */
    public record Meetings(int meetings, int neutralFacilitator, int awayFromInstitution, int safe,
            int plainLanguage, int atPreferredTime) {

        public static final Meetings EMPTY = new Meetings(0, 0, 0, 0, 0, 0);
    }
}
