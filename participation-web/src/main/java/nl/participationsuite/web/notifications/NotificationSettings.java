package nl.participationsuite.web.notifications;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How notifications are mailed. With no SMTP host nothing is mailed: the outbox is still written and the
 * notifications lists still show everything, so a product without a mail relay loses nothing but mail.
 *
 * @param baseUrl      the product's public address: every link in a mail starts with it
 * @param sendInterval how often each node looks for notifications to mail
 * @param batchSize    how many notifications a node claims at a time
 * @param lease        how long a claim keeps other nodes off (a node that dies holding one only delays it)
 * @param mail         the mail relay and the sender address
 */
@Validated
@ConfigurationProperties("participation.notifications")
public record NotificationSettings(@NotNull URI baseUrl, @DefaultValue("PT30S") Duration sendInterval,
        @DefaultValue("20") @Positive int batchSize, @DefaultValue("PT5M") Duration lease, @NotNull Mail mail) {

    /**
     * The SMTP relay.
     *
     * @param host     the relay's host; empty: no mail is sent
     * @param port     its port
     * @param username the user to log in as (empty: no login)
     * @param password the password
     * @param starttls whether to require STARTTLS
     * @param from     the sender address, e.g. {@code Participatie <noreply@gemeente.nl>}
     */
    public record Mail(String host, @DefaultValue("587") int port, String username, String password,
            @DefaultValue("true") boolean starttls, @NotNull String from) {

        /** Whether a relay is configured. */
        public boolean enabled() {
            return host != null && !host.isBlank();
        }
    }

    /** The absolute address of a path of the product. */
    String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
