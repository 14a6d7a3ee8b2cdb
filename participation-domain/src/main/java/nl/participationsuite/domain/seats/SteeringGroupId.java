package nl.participationsuite.domain.seats;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link SteeringGroup}. */
@Embeddable
public record SteeringGroupId(@Column(name = "id") UUID value) implements Serializable {

    public static SteeringGroupId random() {
        return new SteeringGroupId(UUID.randomUUID());
    }

    public static SteeringGroupId of(String value) {
        return new SteeringGroupId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
