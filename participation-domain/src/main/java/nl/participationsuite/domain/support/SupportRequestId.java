package nl.participationsuite.domain.support;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link SupportRequest}. */
@Embeddable
public record SupportRequestId(@Column(name = "id") UUID value) implements Serializable {

    public static SupportRequestId random() {
        return new SupportRequestId(UUID.randomUUID());
    }

    public static SupportRequestId of(String value) {
        return new SupportRequestId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
