package nl.participationsuite.domain.conditions;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link ConditionsAnswerSet}. */
@Embeddable
public record ConditionsAnswerSetId(@Column(name = "id") UUID value) implements Serializable {

    public static ConditionsAnswerSetId random() {
        return new ConditionsAnswerSetId(UUID.randomUUID());
    }

    public static ConditionsAnswerSetId of(String value) {
        return new ConditionsAnswerSetId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
