package nl.participationsuite.web.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.participationsuite.workflow.notification.TaskReminders;

/**
 * Runs the reminders before due dates at the configured interval on each node
 * ({@code PARTICIPATION_REMINDER_INTERVAL}); several nodes at once write each reminder once. Reminders are
 * written whether or not mail is sent: they are in the notifications lists too.
 */
@Component
class ReminderScheduling {

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduling.class);

    private final TaskReminders reminders;

    ReminderScheduling(TaskReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${participation.notifications.reminders.interval:PT5M}",
            initialDelayString = "${participation.notifications.reminders.interval:PT5M}")
    void remind() {
        try {
            reminders.remindDue();
        }
        catch (RuntimeException ex) {
            log.warn("Writing reminders failed; tried again at the next interval", ex);
        }
    }
}
