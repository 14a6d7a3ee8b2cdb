package nl.participationsuite.domain.trajectory;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link Person}. */
@Embeddable
public record PersonId(@Column(name = "id") UUID value) implements Serializable {

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
