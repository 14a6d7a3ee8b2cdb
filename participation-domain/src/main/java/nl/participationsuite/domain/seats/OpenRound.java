package nl.participationsuite.domain.seats;

import java.time.Instant;
import java.util.List;

/**
 * A proposal the steering group decides on, with the deadline for votes and the quorum: how many
 * votes (for, against or abstaining) the round needs to decide. Null for the default, a majority of
 * the seat holders; at least two residents among the voters come on top of it. {@code documents} are
 * the proposal's background documents (at most {@link DecisionRound#MAX_DOCUMENTS}), none for null.
 */
public record OpenRound(String title, String proposal, Instant deadline, Integer quorum,
        List<BackgroundDocument> documents) {

    public OpenRound {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** A round with the default quorum and no background documents. */
    public OpenRound(String title, String proposal, Instant deadline) {
        this(title, proposal, deadline, null, List.of());
    }
}
