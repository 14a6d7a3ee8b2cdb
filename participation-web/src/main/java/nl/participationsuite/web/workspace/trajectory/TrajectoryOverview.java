package nl.participationsuite.web.workspace.trajectory;

import java.util.List;
import java.util.UUID;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.involvement.NetworkKind;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.roles.AgreementStatus;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.VisibilityChannel;
import nl.participationsuite.domain.support.SupportKind;
import nl.participationsuite.domain.support.SupportStatus;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.UpdateChannel;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.domain.vision.VisionStatus;

/**
 * One trajectory as its page shows it, section by section: only what a reader of the workspace
 * needs, people by display name, times already formatted for reading (with ISO 8601 beside them
 * for {@code <time>}), and nothing of the process engine.
 */
record TrajectoryOverview(Header header, Timeline timeline, Participants participants, Vision vision,
        List<Agreement> agreements, SteeringGroup steeringGroup, List<Round> rounds, List<Input> inputs,
        Successes successes, List<Meeting> meetings, List<Support> supportRequests, Investment investment,
        List<ConditionsRound> conditions, Actions actions) {

    /** What the trajectory is and who leads it; {@code viewerCoordinates} when the reader is its coordinator. */
    record Header(UUID id, String reference, String title, String topic, String area, TrajectoryKind kind,
            ParticipationLevel intendedLevel, Phase phase, String coordinatorName, String contactPersonName,
            Moment started, boolean viewerCoordinates) {
    }

    /** A formatted moment or date: {@code text} to read, {@code iso} for the {@code datetime} attribute. */
    record Moment(String text, String iso) {
    }

    /**
     * Every phase in order, the cycle the trajectory is in, when it closed (null while open) and why,
     * when the coordinator closed it early (null otherwise).
     */
    record Timeline(List<Step> steps, int cycle, Moment closed, String closedEarlyReason) {
    }

    enum StepState {
        DONE, CURRENT, NEXT
    }

    record Step(Phase phase, StepState state) {

        public boolean current() {
            return state == StepState.CURRENT;
        }
    }

    /** Who takes part, the networks mapped, and how far early involvement is. */
    record Participants(List<Member> people, List<Network> networks, Involvement involvement) {
    }

    /**
     * A participant; {@code role} and {@code channel} are null where none was agreed or recorded;
     * {@code hasAccount} says whether they can sign in (a resident without one can be invited).
     */
    record Member(String name, PersonKind kind, Role role, RecruitmentChannel channel, String networkName,
            boolean active, Moment steppedBack, UUID participantId, boolean hasAccount) {
    }

    record Network(NetworkKind kind, String name, String contactNote) {
    }

    record Involvement(int residents, int minimumResidents, int channels, int minimumChannels, boolean met,
            String channelsJustification) {
    }

    /** Every version of the shared vision, oldest first, and the adopted one's content (null until adopted). */
    record Vision(List<VisionVersion> versions, Adopted adopted) {
    }

    /** A version with the date of its last step (adopted, superseded, submitted) and its reviews. */
    record VisionVersion(int number, VisionStatus status, Moment date, List<Review> reviews) {
    }

    record Review(String name, ReviewVerdict verdict, String comment, Moment date) {
    }

    record Adopted(int number, String goal, List<Expectation> expectations, List<Criterion> criteria) {
    }

    /** What a party expects; {@code participantName} only for a named participant. */
    record Expectation(Party party, String participantName, String text) {
    }

    record Criterion(String description, String measuredBy, String target) {
    }

    /** The current role agreement of one participant. */
    record Agreement(String name, Role role, int hoursPerMonth, AgreementStatus status, String renegotiationComment,
            Moment proposed) {
    }

    /** The seats (vacated ones too) and how the occupied ones fare against the three seat rules. */
    record SteeringGroup(boolean composed, List<SeatRow> seats, Composition composition, List<RuleOverride> overrides) {
    }

    record SeatRow(String holderName, PersonKind kind, Moment termFrom, Moment termUntil, List<Background> backgrounds,
            boolean accepted, boolean occupied) {
    }

    /** The seat rules one by one: at least two resident seats, a resident share of a third, two backgrounds. */
    record Composition(boolean ok, int residentSeats, int totalSeats, int backgrounds, boolean enoughResidents,
            boolean residentShare, boolean enoughBackgrounds, int minimumResidents, int shareDenominator,
            int minimumBackgrounds) {
    }

    /** The coordinator accepted a composition that broke rules (codes in {@code brokenRules}), saying why. */
    record RuleOverride(String givenByName, Moment given, String justification, List<String> brokenRules) {
    }

    /**
     * A decision round: the proposal, its deadline, its quorum (null for a round from before quorums),
     * and once closed the outcome, the votes counted, what was done with it ({@code followUp}, or null)
     * and where to record that.
     */
    record Round(String title, String proposal, Moment deadline, boolean closed, RoundOutcome outcome, long votesFor,
            long votesAgainst, long abstentions, long absent, Integer quorum, String followUp, String followUpPath) {
    }

    /** A resident's input and where its feedback stands. */
    record Input(UUID id, String topic, String residentName, InputStatus status, Moment received, Moment due,
            boolean overdue, boolean answered) {
    }

    record Successes(List<Success> successes, List<ProgressUpdate> updates) {
    }

    record Success(SuccessKind kind, String title, Moment achieved, boolean visible, VisibilityChannel visibleHow) {
    }

    record ProgressUpdate(Moment sent, UpdateChannel channel, String message) {
    }

    /** A meeting, soonest first; the facilitator is named when the meeting has a neutral one. */
    /**
     * A meeting; {@code outcomePath} leads the coordinator to record who came and the minutes, {@code changePath} to
     * change or cancel it before it starts (null for anyone else, or when it cannot); {@code cancellationReason} is
     * null unless it was cancelled.
     */
    record Meeting(Moment starts, Moment ends, VenueType venueType, String venueName, boolean neutralFacilitator,
            String facilitatorName, boolean plainLanguageChecked, String outcomePath, String changePath,
            String cancellationReason) {
    }

    /**
     * A support request; {@code amount} formatted in euro (null when none was asked), {@code decidable}
     * when it is open and the reader is the coordinator who decides it.
     */
    /** A request for support; {@code paidUrl} where the coordinator can record that an approved one was paid. */
    record Support(UUID id, SupportKind kind, String requesterName, String subject, String amount, SupportStatus status,
            String rejectionReason, Moment requested, boolean decidable, String approveUrl, String rejectUrl,
            String paidUrl) {
    }

    /**
     * What the trajectory invests in its residents, as euro amounts: paid, and everything the
     * coordinator committed to (approved, paid or not); {@code any} when there is something to show.
     */
    record Investment(String paid, String committed, boolean any) {
    }

    /** A round of the conditions check and per condition the averages and the gap between them. */
    record ConditionsRound(int number, Moment opened, List<Gap> gaps) {
    }

    /**
     * Averages formatted with one decimal, or null when nobody of that group answered or too few to
     * show (then the matching {@code tooFew} flag is set).
     */
    record Gap(Condition condition, String residentAverage, String professionalAverage, String gap, boolean residentsLower,
            long residentAnswers, long professionalAnswers, boolean residentsTooFew, boolean professionalsTooFew) {
    }

    /** The links of the actions section, each a message key and a path; empty when the reader has none. */
    record Actions(List<Action> links) {
    }

    record Action(String messageKey, String url) {
    }
}
