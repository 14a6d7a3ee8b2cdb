package nl.participationsuite.domain.meetings;

import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.trajectory.ParticipantId;

/** Whether one participant attended a meeting; part of the {@link Meeting}. */
@Entity
@Table(name = "meeting_attendance")
public class Attendance extends AuditedEntity {

    @Id
    @Column(name = "id")
    private UUID id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "participant_id", nullable = false))
    private ParticipantId participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AttendanceStatus status;

    protected Attendance() {
    }

    Attendance(ParticipantId participantId, AttendanceStatus status) {
        this.id = UUID.randomUUID();
        this.participantId = participantId;
        this.status = status;
    }

    void change(AttendanceStatus status) {
        this.status = status;
    }

    public ParticipantId participantId() {
        return participantId;
    }

    public AttendanceStatus status() {
        return status;
    }
}
