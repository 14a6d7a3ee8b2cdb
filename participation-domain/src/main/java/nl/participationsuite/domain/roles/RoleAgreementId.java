package nl.participationsuite.domain.roles;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link RoleAgreement}. */
@Embeddable
public record RoleAgreementId(@Column(name = "id") UUID value) implements Serializable {

    public static RoleAgreementId random() {
        return new RoleAgreementId(UUID.randomUUID());
    }

    public static RoleAgreementId of(String value) {
        return new RoleAgreementId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
