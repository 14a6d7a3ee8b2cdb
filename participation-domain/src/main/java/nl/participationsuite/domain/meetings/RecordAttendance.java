package nl.participationsuite.domain.meetings;

import nl.participationsuite.domain.trajectory.ParticipantId;

/** One participant's attendance at a meeting. */
public record RecordAttendance(ParticipantId participantId, AttendanceStatus status) {
}
