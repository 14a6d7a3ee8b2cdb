package nl.participationsuite.domain.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.SensibleDates;
import nl.participationsuite.domain.shared.StateConflictException;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * A meeting of a trajectory. Records what makes it a safe place for residents: the kind of venue,
 * a neutral facilitator and a plain-language check; afterwards, who attended.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends AuditedEntity {

    /** The longest minutes: short ones, a few paragraphs. */
    public static final int MAXIMUM_MINUTES = 4000;

    /** The longest reason for a cancellation: one short line. */
    public static final int MAXIMUM_CANCELLATION_REASON = 200;

    /** {@link StateConflictException#reason()} of a change to a meeting that has started. */
    public static final String STARTED = "MEETING_STARTED";

    /** {@link StateConflictException#reason()} of a change to a meeting that was cancelled. */
    public static final String CANCELLED = "MEETING_CANCELLED";

    @EmbeddedId
    private MeetingId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "venue_name", nullable = false)
    private String venueName;

    @Enumerated(EnumType.STRING)
    @Column(name = "venue_type", nullable = false)
    private VenueType venueType;

    @Column(name = "neutral_facilitator", nullable = false)
    private boolean neutralFacilitator;

    @Column(name = "facilitator_name")
    private String facilitatorName;

    @Column(name = "plain_language_checked", nullable = false)
    private boolean plainLanguageChecked;

    @Column(name = "agenda", columnDefinition = "text")
    private String agenda;

    @Column(name = "accessibility_notes", length = 1000)
    private String accessibilityNotes;

    @Column(name = "minutes", columnDefinition = "text")
    private String minutes;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancellation_reason", length = MAXIMUM_CANCELLATION_REASON)
    private String cancellationReason;

    // The SEQUENCE of the meeting's calendar entry: one more with every change and with the cancellation.
    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    // Part of the aggregate: one row per participant at most.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "meeting_id", nullable = false)
    private List<Attendance> attendance = new ArrayList<>();

    protected Meeting() {
    }

    /** Plans a meeting of an open trajectory; it starts now or later and ends after it starts. */
    Meeting(Trajectory trajectory, PlanMeeting plan, Instant now) {
        this.id = MeetingId.random();
        this.trajectoryId = trajectory.id();
        apply(trajectory, plan, now);
    }

    /**
     * Changes what was planned (when, where, who leads it, agenda, accessibility notes), by the same rules as
     * planning, until the meeting starts; not once it was cancelled. The calendar entry's sequence goes up, so
     * a calendar replaces the entry it has.
     */
    void change(Trajectory trajectory, PlanMeeting plan, Instant now) {
        requireChangeable(trajectory, now);
        apply(trajectory, plan, now);
        this.calendarSequence++;
    }

    /**
     * Cancels the meeting before it starts, with a short reason the participants read (one line, required).
     * A cancelled meeting is not changed, answered or attended any more.
     */
    void cancel(Trajectory trajectory, String reason, Instant now) {
        requireChangeable(trajectory, now);
        String validReason = Texts.requiredLine("reason", reason, MAXIMUM_CANCELLATION_REASON);
        this.cancelledAt = now;
        this.cancellationReason = validReason;
        this.calendarSequence++;
    }

    private void requireChangeable(Trajectory trajectory, Instant now) {
        if (!trajectory.id().equals(trajectoryId)) {
            throw new IllegalArgumentException("meeting " + id + " is not one of trajectory " + trajectory.id());
        }
        if (isCancelled()) {
            throw new StateConflictException(CANCELLED, "the meeting was cancelled");
        }
        if (hasStarted(now)) {
            throw new StateConflictException(STARTED, "the meeting has started");
        }
    }

    private void requireNotCancelled(String field) {
        if (isCancelled()) {
            throw new RuleViolationException(field, "meeting.cancelled", "the meeting was cancelled");
        }
    }

    /** Checks the plan by the rules of planning; changes nothing unless all of it is valid. */
    private void apply(Trajectory trajectory, PlanMeeting plan, Instant now) {
        trajectory.requireOpen();
        if (plan.startsAt() == null) {
            throw new RuleViolationException("startsAt", "required", "startsAt is required");
        }
        SensibleDates.require("startsAt", plan.startsAt(), now);
        if (plan.startsAt().isBefore(now)) {
            throw new RuleViolationException("startsAt", "meeting.in-the-past", "a meeting in the past cannot be planned");
        }
        if (plan.endsAt() == null) {
            throw new RuleViolationException("endsAt", "required", "endsAt is required");
        }
        SensibleDates.require("endsAt", plan.endsAt(), now);
        if (!plan.endsAt().isAfter(plan.startsAt())) {
            throw new RuleViolationException("endsAt", "meeting.ends-before-start", "a meeting ends after it starts");
        }
        String validVenueName = Texts.requiredLine("venueName", plan.venueName(), 200);
        if (plan.venueType() == null) {
            throw new RuleViolationException("venueType", "required", "venueType is required");
        }
        String validFacilitatorName = Texts.optionalLine("facilitatorName", plan.facilitatorName(), 120);
        String validAgenda = Texts.optional("agenda", plan.agenda(), 10_000);
        String validAccessibilityNotes = Texts.optional("accessibilityNotes", plan.accessibilityNotes(), 1000);
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.venueName = validVenueName;
        this.venueType = plan.venueType();
        this.neutralFacilitator = plan.neutralFacilitator();
        this.facilitatorName = validFacilitatorName;
        this.plainLanguageChecked = plan.plainLanguageChecked();
        this.agenda = validAgenda;
        this.accessibilityNotes = validAccessibilityNotes;
    }

    /**
     * A participant's answer to the invitation, new or changed ({@code earlier} is their earlier
     * reply, null when they have not answered yet). Only someone who takes part in the trajectory
     * now answers, and only until the meeting is over.
     */
    MeetingReply reply(Trajectory trajectory, ParticipantId participantId, ReplyAnswer answer, MeetingReply earlier,
            Instant now) {
        if (!trajectory.id().equals(trajectoryId)) {
            throw new IllegalArgumentException("meeting " + id + " is not one of trajectory " + trajectory.id());
        }
        if (participantId == null) {
            throw new RuleViolationException("participantId", "required", "participantId is required");
        }
        if (!trajectory.participant(participantId).isActive()) {
            throw new RuleViolationException("participantId", "meeting.reply-not-taking-part",
                    "only someone taking part in the trajectory answers its meeting's invitation");
        }
        if (answer == null) {
            throw new RuleViolationException("answer", "required", "answer is required");
        }
        requireNotCancelled("answer");
        if (!now.isBefore(endsAt)) {
            throw new RuleViolationException("answer", "meeting.reply-after-meeting", "the meeting is over");
        }
        if (earlier == null) {
            return new MeetingReply(id, participantId, answer, now);
        }
        if (!earlier.meetingId().equals(id) || !earlier.participantId().equals(participantId)) {
            throw new IllegalArgumentException("reply " + earlier.meetingId() + " is not this participant's reply");
        }
        earlier.change(answer, now);
        return earlier;
    }

    /** Short minutes of what was discussed and agreed; once the meeting has started. Blank removes them. */
    void recordMinutes(String minutes, Instant now) {
        String valid = Texts.optional("minutes", minutes, MAXIMUM_MINUTES);
        if (valid != null) {
            requireNotCancelled("minutes");
        }
        if (valid != null && now.isBefore(startsAt)) {
            throw new RuleViolationException("minutes", "meeting.minutes-before-start",
                    "minutes are recorded once the meeting has started");
        }
        this.minutes = valid;
    }

    /** Whether the meeting has started at the moment. */
    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    /**
     * Records attendance of participants of the trajectory, all or none. Present or absent is
     * known once the meeting has started; an excuse can be recorded beforehand. Recording a
     * participant again replaces their earlier status.
     */
    void recordAttendance(Trajectory trajectory, List<RecordAttendance> entries, Instant now) {
        if (!entries.isEmpty()) {
            requireNotCancelled("status");
        }
        Set<ParticipantId> seen = new HashSet<>();
        for (RecordAttendance entry : entries) {
            if (entry.participantId() == null) {
                throw new RuleViolationException("participantId", "required", "participantId is required");
            }
            trajectory.participant(entry.participantId());
            if (!seen.add(entry.participantId())) {
                throw new RuleViolationException("participantId", "attendance.duplicate",
                        "participant " + entry.participantId() + " appears twice");
            }
            if (entry.status() == null) {
                throw new RuleViolationException("status", "required", "status is required");
            }
            if (entry.status() != AttendanceStatus.EXCUSED && now.isBefore(startsAt)) {
                throw new RuleViolationException("status", "attendance.meeting-not-started",
                        "present or absent is recorded once the meeting has started");
            }
        }
        for (RecordAttendance entry : entries) {
            attendanceOf(entry.participantId()).ifPresentOrElse(existing -> existing.change(entry.status()),
                    () -> attendance.add(new Attendance(entry.participantId(), entry.status())));
        }
    }

    public Optional<Attendance> attendanceOf(ParticipantId participantId) {
        return attendance.stream().filter(a -> a.participantId().equals(participantId)).findFirst();
    }

    public MeetingId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String venueName() {
        return venueName;
    }

    public VenueType venueType() {
        return venueType;
    }

    public boolean neutralFacilitator() {
        return neutralFacilitator;
    }

    public String facilitatorName() {
        return facilitatorName;
    }

    public boolean plainLanguageChecked() {
        return plainLanguageChecked;
    }

    public String agenda() {
        return agenda;
    }

    /** What a participant should know to get there and in (step-free access, hearing loop, …); null when nothing was noted. */
    public String accessibilityNotes() {
        return accessibilityNotes;
    }

    /** Short minutes, recorded after the meeting; null until then. */
    public String minutes() {
        return minutes;
    }

    /** Whether the meeting was cancelled. */
    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** When it was cancelled; null while it is not. */
    public Instant cancelledAt() {
        return cancelledAt;
    }

    /** Why it was cancelled, as the participants read it; null while it is not. */
    public String cancellationReason() {
        return cancellationReason;
    }

    /** Whether the coordinator can still change or cancel it: not cancelled and not started. */
    public boolean isChangeable(Instant now) {
        return !isCancelled() && !hasStarted(now);
    }

    /** The SEQUENCE of its calendar entry: 0 as planned, one more with every change and with the cancellation. */
    public int calendarSequence() {
        return calendarSequence;
    }

    public List<Attendance> attendance() {
        return List.copyOf(attendance);
    }
}
