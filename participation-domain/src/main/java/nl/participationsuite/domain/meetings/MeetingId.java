package nl.participationsuite.domain.meetings;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link Meeting}. */
@Embeddable
public record MeetingId(@Column(name = "id") UUID value) implements Serializable {

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    public static MeetingId of(String value) {
        return new MeetingId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
