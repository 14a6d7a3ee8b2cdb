package nl.participationsuite.web.api.seats;

import java.time.Instant;
import java.util.List;

import nl.participationsuite.domain.seats.BackgroundDocument;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundId;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.seats.VoteChoice;

/**
 * A decision round as the API shows it: the proposal, until when the seat holders vote, and once
 * closed the outcome and how many voted each way or were absent. Never who voted how.
 */
record DecisionRoundView(DecisionRoundId id, String title, String proposal, Instant deadline, Instant openedAt,
        Instant closedAt, RoundOutcome outcome, long votesFor, long votesAgainst, long abstentions, long absent,
        Integer quorum, Integer residentVotesNeeded, List<BackgroundDocument> documents, String followUp,
        Instant followUpAt) {

    static DecisionRoundView of(DecisionRound round) {
        return new DecisionRoundView(round.id(), round.title(), round.proposal(), round.deadline(), round.openedAt(),
                round.closedAt(), round.outcome(), round.count(VoteChoice.FOR), round.count(VoteChoice.AGAINST),
                round.count(VoteChoice.ABSTAIN), round.count(VoteChoice.ABSENT), round.quorum(),
                round.residentVotesNeeded(), round.documents(), round.followUp(), round.followUpAt());
    }
}
