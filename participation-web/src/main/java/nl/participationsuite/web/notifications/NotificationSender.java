package nl.participationsuite.web.notifications;

import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;

import nl.participationsuite.domain.notification.NotificationService;

/**
 * Mails the outbox. Each round claims a batch of due notifications in a short transaction of its own
 * ({@code for update skip locked}, then leased), so several nodes, or several senders on one node,
 * never take the same notification; then mails each outside any transaction and records the result in
 * another short one: sent, no address (the recipient has none; the notification stays in their list),
 * or failed (tried again later with a growing pause, given up after a few attempts, for the admin).
 * A node that dies between mailing and recording may mail a notification twice; none is lost.
 */
public class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    /** Meter of the outcomes (sent, failed, no_address), in Spring Boot's registries through the global one. */
    public static final String OUTCOMES = "participation.notifications";

    private final NotificationService notifications;

    private final NotificationViews views;

    private final NotificationMails mails;

    private final JavaMailSender mailSender;

    private final NotificationSettings settings;

    NotificationSender(NotificationService notifications, NotificationViews views, NotificationMails mails,
            JavaMailSender mailSender, NotificationSettings settings) {
        this.notifications = notifications;
        this.views = views;
        this.mails = mails;
        this.mailSender = mailSender;
        this.settings = settings;
    }

    /** Mails every notification due now, batch by batch; answers how many were mailed. */
    public int sendDue() {
        int mailed = 0;
        for (List<UUID> batch = claim(); !batch.isEmpty(); batch = claim()) {
            for (NotificationView view : views.of(batch)) {
                if (send(view)) {
                    mailed++;
                }
            }
        }
        return mailed;
    }

    private List<UUID> claim() {
        return notifications.claimDue(settings.batchSize(), settings.lease());
    }

    private boolean send(NotificationView view) {
        if (view.email() == null) {
            notifications.noAddress(view.id());
            Metrics.counter(OUTCOMES, "outcome", "no_address").increment();
            return false;
        }
        try {
            mailSender.send(mails.mail(mailSender, view));
        }
        catch (Exception ex) {
            log.warn("Notification {} not mailed yet; tried again later: {}", view.id(), ex.getMessage());
            notifications.failed(view.id(), ex.getMessage());
            Metrics.counter(OUTCOMES, "outcome", "failed").increment();
            return false;
        }
        notifications.sent(view.id());
        Metrics.counter(OUTCOMES, "outcome", "sent").increment();
        return true;
    }
}
