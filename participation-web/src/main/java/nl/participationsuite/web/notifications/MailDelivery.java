package nl.participationsuite.web.notifications;

import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Metrics;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;

import nl.participationsuite.domain.notification.NotificationService;

/**
 * Mails one message about one or more notifications of one person and records what became of them,
 * each in a short transaction of its own, and in the outcome meter ({@link NotificationSender#OUTCOMES}):
 * sent; no address (the person has none; the notifications stay in their list); or failed (tried
 * again later with a growing pause, given up after a few attempts, for the admin). The single mails
 * and the summaries go out this one way.
 */
final class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final NotificationService notifications;

    private final JavaMailSender mailSender;

    MailDelivery(NotificationService notifications, JavaMailSender mailSender) {
        this.notifications = notifications;
        this.mailSender = mailSender;
    }

    /** Builds a message with the mail sender. */
    @FunctionalInterface
    interface Message {

        MimeMessage build(JavaMailSender sender) throws Exception;
    }

    /** Mails the message about these notifications (all of one person); answers whether it went out. */
    boolean deliver(List<NotificationView> about, Message message) {
        if (about.isEmpty()) {
            return false;
        }
        List<UUID> ids = about.stream().map(NotificationView::id).toList();
        if (about.get(0).email() == null) {
            ids.forEach(notifications::noAddress);
            count("no_address", ids.size());
            return false;
        }
        try {
            mailSender.send(message.build(mailSender));
        }
        catch (Exception ex) {
            log.warn("{} notification(s) not mailed yet, tried again later: {}", ids.size(), ex.getMessage());
            ids.forEach(id -> notifications.failed(id, ex.getMessage()));
            count("failed", ids.size());
            return false;
        }
        ids.forEach(notifications::sent);
        count("sent", ids.size());
        return true;
    }

    private static void count(String outcome, int notifications) {
        Metrics.counter(NotificationSender.OUTCOMES, "outcome", outcome).increment(notifications);
    }
}
