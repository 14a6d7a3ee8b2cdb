package nl.participationsuite.domain.meetings;

import java.time.Instant;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * A meeting as a list shows it, read without its attendance: when, where, who leads it, what is on
 * the agenda, what a participant should know to get there and in, and (afterwards) the minutes.
 */
public record MeetingSummary(MeetingId id, TrajectoryId trajectoryId, Instant startsAt, Instant endsAt,
        String venueName, VenueType venueType, boolean neutralFacilitator, String facilitatorName, String agenda,
        String accessibilityNotes, String minutes) {
}
