package nl.participationsuite.domain.success;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link Success}. */
@Embeddable
public record SuccessId(@Column(name = "id") UUID value) implements Serializable {

    public static SuccessId random() {
        return new SuccessId(UUID.randomUUID());
    }

    public static SuccessId of(String value) {
        return new SuccessId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
