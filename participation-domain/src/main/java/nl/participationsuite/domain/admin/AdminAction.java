package nl.participationsuite.domain.admin;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.Texts;

/**
 * One thing an administrator did to the running system, recorded in the same transaction as the
 * action itself: who (their Keycloak subject, never a name), when, what, on which job or process
 * version, and a short result ("3 trajecten"). Only ever added, never changed.
 */
@Entity
@Table(name = "admin_action")
public class AdminAction {

    /** What was done. */
    public enum Kind {
        /** A failed job was given another try. */
        JOB_RETRIED,
        /** Every failed job was given another try. */
        ALL_JOBS_RETRIED,
        /** Running trajectories were moved to the newest process version. */
        TRAJECTORIES_MIGRATED,
        /** The portal accounts of erased residents still queued for removal were tried again. */
        ACCOUNT_REMOVALS_RETRIED,
        /** A resident's portal account got a new activation code (for a new letter); its sessions ended. */
        ACTIVATION_CODE_RENEWED
    }

    static final int MAX_TARGET = 200;

    static final int MAX_RESULT = 500;

    @Id
    private UUID id;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Column(name = "target", nullable = false)
    private String target;

    @Column(name = "result")
    private String result;

    protected AdminAction() {
    }

    public AdminAction(Instant doneAt, String actor, Kind kind, String target, String result) {
        this.id = UUID.randomUUID();
        this.doneAt = doneAt;
        this.actor = Texts.requiredLine("actor", actor, 64);
        this.kind = kind;
        this.target = Texts.required("target", target, MAX_TARGET);
        this.result = result == null ? null : result.substring(0, Math.min(result.length(), MAX_RESULT));
    }

    public UUID id() {
        return id;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String actor() {
        return actor;
    }

    public Kind kind() {
        return kind;
    }

    public String target() {
        return target;
    }

    public String result() {
        return result;
    }
}
