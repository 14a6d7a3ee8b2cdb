package nl.participationsuite.domain.trajectory;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link ProgressUpdate}. */
@Embeddable
public record ProgressUpdateId(@Column(name = "id") UUID value) implements Serializable {

    public static ProgressUpdateId random() {
        return new ProgressUpdateId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
