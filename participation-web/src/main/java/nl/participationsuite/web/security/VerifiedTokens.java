package nl.participationsuite.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * API tokens, verified once while they are valid: an API client sends the same access token with
 * every request for minutes, and checking its signature and claims again each time was about 3 %
 * of the application's CPU under load. A token is kept only after the decoder accepted it, and
 * only until it expires (its {@code exp}); a token without an expiry is never kept. A kept token
 * cannot be revoked early, but neither can the token itself: the decoder checks no revocation.
 * At most {@link #MAX_TOKENS} are kept (each about 2 kB): when full, expired ones are dropped, and
 * if that is not enough, all.
 */
final class VerifiedTokens implements JwtDecoder {

    static final int MAX_TOKENS = 1_000;

    private final JwtDecoder decoder;

    private final Clock clock;

    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt known = verified.get(token);
        if (known != null) {
            if (now.isBefore(known.getExpiresAt())) {
                return known;
            }
            verified.remove(token, known);
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())) {
            if (verified.size() >= MAX_TOKENS) {
                verified.values().removeIf(kept -> !now.isBefore(kept.getExpiresAt()));
                if (verified.size() >= MAX_TOKENS) {
                    verified.clear();
                }
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    int size() {
        return verified.size();
    }
}
