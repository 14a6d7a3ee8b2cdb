package nl.participationsuite.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A token the decoder accepted is not checked again until it expires; a refused one is never kept. */
class VerifiedTokensTests {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);

    private final Map<String, Integer> checks = new HashMap<>();

    /** Accepts "good-*" tokens that expire five minutes after NOW (or never, for "good-forever"), refuses others. */
    private final JwtDecoder decoder = token -> {
        checks.merge(token, 1, Integer::sum);
        if (!token.startsWith("good")) {
            throw new BadJwtException("refused");
        }
        Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("someone").issuedAt(NOW);
        return (token.equals("good-forever") ? jwt : jwt.expiresAt(NOW.plus(Duration.ofMinutes(5)))).build();
    };

    private final VerifiedTokens tokens = new VerifiedTokens(decoder, new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    });

    @Test
    void checksATokenOnceWhileItIsValid() {
        Jwt first = tokens.decode("good-1");
        now.set(NOW.plus(Duration.ofMinutes(4)));
        Jwt again = tokens.decode("good-1");

        assertThat(again).isSameAs(first);
        assertThat(checks).containsEntry("good-1", 1);
    }

    @Test
    void checksATokenAgainOnceItExpired() {
        tokens.decode("good-1");
        now.set(NOW.plus(Duration.ofMinutes(5)));
        tokens.decode("good-1");

        assertThat(checks).containsEntry("good-1", 2);
    }

    @Test
    void keepsNoRefusedTokenAndNoneWithoutExpiry() {
        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
        tokens.decode("good-forever");
        tokens.decode("good-forever");

        assertThat(checks).containsEntry("bad", 2).containsEntry("good-forever", 2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void keepsAtMostTheirNumber() {
        for (int i = 0; i < VerifiedTokens.MAX_TOKENS + 5; i++) {
            tokens.decode("good-" + i);
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(VerifiedTokens.MAX_TOKENS);
        tokens.decode("good-" + (VerifiedTokens.MAX_TOKENS + 4));
        assertThat(checks).containsEntry("good-" + (VerifiedTokens.MAX_TOKENS + 4), 1);
    }
}
