package nl.participationsuite.domain.conditions;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link ConditionsCheck} (one round). */
@Embeddable
public record ConditionsCheckId(@Column(name = "id") UUID value) implements Serializable {

    public static ConditionsCheckId random() {
        return new ConditionsCheckId(UUID.randomUUID());
    }

    public static ConditionsCheckId of(String value) {
        return new ConditionsCheckId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
