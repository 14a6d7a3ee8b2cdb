package nl.participationsuite.web.security;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many requests one user and one client address may make per period before the application
 * answers 429 (README, Configuration). The API counts every request; the pages count form posts
 * only, since reading a page costs little and a person clicks through many.
 *
 * @param enabled whether the limits apply (on unless switched off)
 * @param period the period the numbers below are per; a bucket refills evenly over it
 * @param apiPerUser API requests per user (the token's subject)
 * @param formsPerUser form posts per logged-in user
 * @param perAddress API requests, and apart from those form posts, per client address (many people
 *        behind one office's address share it: keep it well above the per-user numbers)
 */
@Validated
@ConfigurationProperties("participation.rate-limits")
public record RateLimitProperties(boolean enabled, @NotNull Duration period, @Positive long apiPerUser,
        @Positive long formsPerUser, @Positive long perAddress) {
}
