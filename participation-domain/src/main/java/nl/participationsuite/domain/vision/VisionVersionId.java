package nl.participationsuite.domain.vision;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link VisionVersion}. */
@Embeddable
public record VisionVersionId(@Column(name = "id") UUID value) implements Serializable {

    public static VisionVersionId random() {
        return new VisionVersionId(UUID.randomUUID());
    }

    public static VisionVersionId of(String value) {
        return new VisionVersionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
