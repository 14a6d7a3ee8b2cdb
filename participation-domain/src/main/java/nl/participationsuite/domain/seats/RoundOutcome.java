package nl.participationsuite.domain.seats;

/** What a decision round decided. */
public enum RoundOutcome {

    /** More votes for than against. */
    ADOPTED,

    /** At most as many votes for as against. */
    REJECTED,

    /** Too few votes, or too few of residents (the round's quorum), or none at all: nothing was decided. */
    NO_QUORUM;

    /** The outcome of the votes cast (absent holders do not count). */
    public static RoundOutcome decide(long votesFor, long votesAgainst, long abstentions) {
        if (votesFor < 0 || votesAgainst < 0 || abstentions < 0) {
            throw new IllegalArgumentException("vote counts are never negative");
        }
        if (votesFor + votesAgainst + abstentions == 0) {
            return NO_QUORUM;
        }
        return votesFor > votesAgainst ? ADOPTED : REJECTED;
    }
}
