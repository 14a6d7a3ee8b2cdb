package nl.participationsuite.domain.vision;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link SuccessCriterion} of a vision version. */
@Embeddable
public record SuccessCriterionId(@Column(name = "id") UUID value) implements Serializable {

    public static SuccessCriterionId random() {
        return new SuccessCriterionId(UUID.randomUUID());
    }

    public static SuccessCriterionId of(String value) {
        return new SuccessCriterionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
