package nl.participationsuite.web.notifications;

import java.util.List;
import java.util.UUID;

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

    /** Meter of the outcomes (sent, failed, no_address) of single mails and summaries, in Spring Boot's registries through the global one. */
    public static final String OUTCOMES = "participation.notifications";

    private final NotificationService notifications;

    private final NotificationViews views;

    private final NotificationMails mails;

    private final MailDelivery delivery;

    private final NotificationSettings settings;

    NotificationSender(NotificationService notifications, NotificationViews views, NotificationMails mails,
            JavaMailSender mailSender, NotificationSettings settings) {
        this.notifications = notifications;
        this.views = views;
        this.mails = mails;
        this.delivery = new MailDelivery(notifications, mailSender);
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
        return delivery.deliver(List.of(view), sender -> mails.mail(sender, view));
    }
}
