package nl.participationsuite.domain.seats;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a {@link Seat} of a steering group. */
@Embeddable
public record SeatId(@Column(name = "id") UUID value) implements Serializable {

    public static SeatId random() {
        return new SeatId(UUID.randomUUID());
    }

    public static SeatId of(String value) {
        return new SeatId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
