package nl.participationsuite.domain.trajectory;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link Trajectory}. */
@Embeddable
public record TrajectoryId(@Column(name = "id") UUID value) implements Serializable {

    public static TrajectoryId random() {
        return new TrajectoryId(UUID.randomUUID());
    }

    public static TrajectoryId of(String value) {
        return new TrajectoryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
