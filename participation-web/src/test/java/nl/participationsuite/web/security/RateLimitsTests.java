package nl.participationsuite.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.participationsuite.web.security.RateLimits.Channel;
import org.junit.jupiter.api.Test;

class RateLimitsTests {

    private static final String ADDRESS = "192.0.2.10";

    private final RateLimits limits = new RateLimits(new RateLimitProperties(true, Duration.ofMinutes(1), 3, 2, 5));

    @Test
    void letsEveryRequestUnderTheLimitThrough() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.admit(Channel.API, "anouk", ADDRESS)).isZero();
        }
    }

    @Test
    void refusesTheRequestAfterTheLimitWithTheTimeUntilOneIsBack() {
        for (int i = 0; i < 2; i++) {
            limits.admit(Channel.FORMS, "anouk", ADDRESS);
        }

        Duration wait = limits.admit(Channel.FORMS, "anouk", ADDRESS);

        // two a minute refill one every 30 seconds
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void countsEachUserApart() {
        for (int i = 0; i < 3; i++) {
            limits.admit(Channel.API, "anouk", ADDRESS);
        }

        assertThat(limits.admit(Channel.API, "anouk", ADDRESS)).isPositive();
        assertThat(limits.admit(Channel.API, "daan", "192.0.2.11")).isZero();
    }

    @Test
    void countsTheApiAndTheFormsApart() {
        for (int i = 0; i < 3; i++) {
            limits.admit(Channel.API, "anouk", ADDRESS);
        }

        assertThat(limits.admit(Channel.FORMS, "anouk", ADDRESS)).isZero();
    }

    @Test
    void limitsOneAddressWhoeverIsLoggedInAndWhenNoOneIs() {
        limits.admit(Channel.API, "anouk", ADDRESS);
        limits.admit(Channel.API, "daan", ADDRESS);
        limits.admit(Channel.API, "fenna", ADDRESS);
        limits.admit(Channel.API, null, ADDRESS);
        limits.admit(Channel.API, null, ADDRESS);

        assertThat(limits.admit(Channel.API, "kees", ADDRESS)).isPositive();
        assertThat(limits.admit(Channel.API, null, ADDRESS)).isPositive();
        assertThat(limits.admit(Channel.API, "kees", "192.0.2.99")).isZero();
    }

    @Test
    void letsEverythingThroughWhenSwitchedOff() {
        RateLimits off = new RateLimits(new RateLimitProperties(false, Duration.ofMinutes(1), 1, 1, 1));

        for (int i = 0; i < 10; i++) {
            assertThat(off.admit(Channel.API, "anouk", ADDRESS)).isZero();
        }
    }
}
