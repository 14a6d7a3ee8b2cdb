package nl.participationsuite.domain.seats;

import java.time.Instant;

/** A proposal the steering group decides on, with the deadline for votes. */
public record OpenRound(String title, String proposal, Instant deadline) {
}
