package nl.participationsuite.domain.trajectory;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link Participant}. */
@Embeddable
public record ParticipantId(@Column(name = "id") UUID value) implements Serializable {

    public static ParticipantId random() {
        return new ParticipantId(UUID.randomUUID());
    }

    public static ParticipantId of(String value) {
        return new ParticipantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
