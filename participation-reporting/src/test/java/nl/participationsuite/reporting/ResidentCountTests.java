package nl.participationsuite.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidentCountTests {

    @Test
    void aPortfolioShowsOneToFourResidentsAsLessThanFiveAndZeroAndFiveExactly() {
        assertThat(ResidentCount.portfolio(0).display()).isEqualTo("0");
        assertThat(ResidentCount.portfolio(1).display()).isEqualTo("< 5");
        assertThat(ResidentCount.portfolio(4).value()).isNull();
        assertThat(ResidentCount.portfolio(5).display()).isEqualTo("5");
    }

    @Test
    void aTrajectoryReportShowsExactCounts() {
        assertThat(ResidentCount.exact(3).value()).isEqualTo(3);
        assertThat(ResidentCount.exact(3).suppressed()).isFalse();
    }
}
