package nl.participationsuite.domain.seats;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link DecisionRound}. */
@Embeddable
public record DecisionRoundId(@Column(name = "id") UUID value) implements Serializable {

    public static DecisionRoundId random() {
        return new DecisionRoundId(UUID.randomUUID());
    }

    public static DecisionRoundId of(String value) {
        return new DecisionRoundId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
