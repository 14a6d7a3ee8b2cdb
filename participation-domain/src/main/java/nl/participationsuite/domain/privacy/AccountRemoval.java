package nl.participationsuite.domain.privacy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.Texts;

/**
 * A portal account (Keycloak) still to be removed after an erasure. Written in the erasure's
 * transaction and deleted once Keycloak confirms, so that an unreachable Keycloak delays the removal
 * but never loses it. Deliberately not audited: the row would otherwise name the account it removes.
 */
@Entity
@Table(name = "account_removal")
public class AccountRemoval {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false, unique = true)
    private String accountId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    protected AccountRemoval() {
    }

    AccountRemoval(String accountId, Instant requestedAt) {
        this.id = UUID.randomUUID();
        this.accountId = Texts.requiredLine("accountId", accountId, 64);
        this.requestedAt = requestedAt;
    }

    /** An attempt that failed: counted, with why, for operations to see. */
    public void failed(Instant at, String error) {
        this.attempts++;
        this.lastAttemptAt = at;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    }

    public UUID id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public String lastError() {
        return lastError;
    }
}
