package nl.participationsuite.domain.seats;

/** A seat holder's vote; {@link #ABSENT} is recorded at closing for holders who did not vote, never cast. */
public enum VoteChoice {
    FOR, AGAINST, ABSTAIN, ABSENT
}
