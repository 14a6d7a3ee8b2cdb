package nl.participationsuite.web.notifications;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.mail.javamail.JavaMailSender;

import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.trajectory.PersonId;

/**
 * Mails the summaries: each round claims, for a few people, all their notifications due in a summary
 * (daily or weekly, as they chose), in a short transaction of its own ({@code for update skip locked}, then
 * leased, as {@link NotificationSender} does), and mails each person one mail listing them; then records
 * each notification as sent, without an address, or failed (tried again later, with the next summary
 * mail of that person).
 */
public class DigestSender {

    private final NotificationService notifications;

    private final NotificationViews views;

    private final NotificationMails mails;

    private final MailDelivery delivery;

    private final NotificationSettings settings;

    DigestSender(NotificationService notifications, NotificationViews views, NotificationMails mails,
            JavaMailSender mailSender, NotificationSettings settings) {
        this.notifications = notifications;
        this.views = views;
        this.mails = mails;
        this.delivery = new MailDelivery(notifications, mailSender);
        this.settings = settings;
    }

    /** Mails every summary due now, a few people at a time; answers how many summary mails went out. */
    public int sendDue() {
        int mailed = 0;
        for (Map<PersonId, List<UUID>> batch = claim(); !batch.isEmpty(); batch = claim()) {
            for (List<UUID> ids : batch.values()) {
                if (send(ids)) {
                    mailed++;
                }
            }
        }
        return mailed;
    }

    private Map<PersonId, List<UUID>> claim() {
        return notifications.claimDueDigests(settings.batchSize(), settings.lease());
    }

    private boolean send(List<UUID> ids) {
        List<NotificationView> due = views.of(ids).stream().sorted(Comparator.comparing(NotificationView::createdAt))
                .toList();
        return delivery.deliver(due, sender -> mails.digest(sender, due));
    }
}
