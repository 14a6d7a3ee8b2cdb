package nl.participationsuite.web.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Amounts as residents type them, and how the portal shows them. */
class EuroAmountsTests {

    @Test
    void readsAmountsTypedTheDutchWayAndOtherCommonWays() {
        assertThat(EuroAmounts.parseCents("12,50")).isEqualTo(1250L);
        assertThat(EuroAmounts.parseCents("€ 12,5")).isEqualTo(1250L);
        assertThat(EuroAmounts.parseCents("12.50")).isEqualTo(1250L);
        assertThat(EuroAmounts.parseCents(" 7 ")).isEqualTo(700L);
        assertThat(EuroAmounts.parseCents("1.000")).isEqualTo(100_000L);
        assertThat(EuroAmounts.parseCents("1.000,05")).isEqualTo(100_005L);
        assertThat(EuroAmounts.parseCents("-3,00")).isEqualTo(-300L);
    }

    @Test
    void textThatIsNoAmountIsNull() {
        assertThat(EuroAmounts.parseCents("twaalf")).isNull();
        assertThat(EuroAmounts.parseCents("12,505")).isNull();
        assertThat(EuroAmounts.parseCents("1234567890123")).isNull();
        assertThat(EuroAmounts.parseCents("")).isNull();
        assertThat(EuroAmounts.parseCents(null)).isNull();
    }

    @Test
    void showsCentsAsADutchEuroAmount() {
        assertThat(EuroAmounts.format(1250L)).isEqualTo("€\u00a012,50");
        assertThat(EuroAmounts.format(null)).isNull();
    }
}
