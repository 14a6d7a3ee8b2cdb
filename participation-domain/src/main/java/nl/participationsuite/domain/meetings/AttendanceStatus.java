package nl.participationsuite.domain.meetings;

/** Whether a participant was at a meeting; excused means they let it be known beforehand. */
public enum AttendanceStatus {
    PRESENT, EXCUSED, ABSENT
}
