package nl.participationsuite.domain.motivation;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link MotivationProfile}. */
@Embeddable
public record MotivationProfileId(@Column(name = "id") UUID value) implements Serializable {

    public static MotivationProfileId random() {
        return new MotivationProfileId(UUID.randomUUID());
    }

    public static MotivationProfileId of(String value) {
        return new MotivationProfileId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
