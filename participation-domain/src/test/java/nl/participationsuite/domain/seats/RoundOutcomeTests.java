package nl.participationsuite.domain.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoundOutcomeTests {

    @Test
    void moreVotesForThanAgainstAdoptTheProposal() {
        assertThat(RoundOutcome.decide(3, 2, 4)).isEqualTo(RoundOutcome.ADOPTED);
        assertThat(RoundOutcome.decide(1, 0, 0)).isEqualTo(RoundOutcome.ADOPTED);
    }

    @Test
    void aTieRejectsTheProposal() {
        assertThat(RoundOutcome.decide(2, 2, 1)).isEqualTo(RoundOutcome.REJECTED);
    }

    @Test
    void moreVotesAgainstRejectTheProposal() {
        assertThat(RoundOutcome.decide(1, 2, 0)).isEqualTo(RoundOutcome.REJECTED);
    }

    @Test
    void onlyAbstentionsRejectTheProposal() {
        assertThat(RoundOutcome.decide(0, 0, 3)).isEqualTo(RoundOutcome.REJECTED);
    }

    @Test
    void noVotesAtAllDecideNothing() {
        assertThat(RoundOutcome.decide(0, 0, 0)).isEqualTo(RoundOutcome.NO_QUORUM);
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> RoundOutcome.decide(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
