package nl.participationsuite.domain.meetings;

import java.time.Instant;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * A meeting as a list shows it, read without its attendance: when, where, who leads it, what is on
 * the agenda, what a participant should know to get there and in, (afterwards) the minutes, and why it
 * was cancelled (null while it is not).
 */
public record MeetingSummary(MeetingId id, TrajectoryId trajectoryId, Instant startsAt, Instant endsAt,
        String venueName, VenueType venueType, boolean neutralFacilitator, String facilitatorName, String agenda,
        String accessibilityNotes, String minutes, String cancellationReason) {

    /** A meeting that was not cancelled. */
    public MeetingSummary(MeetingId id, TrajectoryId trajectoryId, Instant startsAt, Instant endsAt,
            String venueName, VenueType venueType, boolean neutralFacilitator, String facilitatorName, String agenda,
            String accessibilityNotes, String minutes) {
        this(id, trajectoryId, startsAt, endsAt, venueName, venueType, neutralFacilitator, facilitatorName, agenda,
                accessibilityNotes, minutes, null);
    }

    /** Whether it was cancelled (it then has a reason). */
    public boolean isCancelled() {
        return cancellationReason != null;
    }
}
