package nl.participationsuite.domain.seats;

import java.time.Instant;

/**
 * A proposal the steering group decides on, with the deadline for votes and the quorum: how many
 * votes (for, against or abstaining) the round needs to decide. Null for the default, a majority of
 * the seat holders; at least two residents among the voters come on top of it.
 */
public record OpenRound(String title, String proposal, Instant deadline, Integer quorum) {

    /** A round with the default quorum. */
    public OpenRound(String title, String proposal, Instant deadline) {
        this(title, proposal, deadline, null);
    }
}
