package nl.participationsuite.domain.input;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link ResidentInput}. */
@Embeddable
public record InputId(@Column(name = "id") UUID value) implements Serializable {

    public static InputId random() {
        return new InputId(UUID.randomUUID());
    }

    public static InputId of(String value) {
        return new InputId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
