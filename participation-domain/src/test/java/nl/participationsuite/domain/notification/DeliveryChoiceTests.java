package nl.participationsuite.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.PersonId;
import org.junit.jupiter.api.Test;

/** When a message goes out by mail, as the recipient chose, without a database. */
class DeliveryChoiceTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    // Sunday 6 December 2026, 10:00 in Amsterdam
    private static final Instant SUNDAY_MORNING = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void sendsPersonalTasksAtOnceAndTheRestInTheDailySummaryByDefault() {
        assertThat(DeliveryChoice.byDefault(NotificationKind.VOTE)).isEqualTo(DeliveryChoice.IMMEDIATELY);
        assertThat(DeliveryChoice.byDefault(NotificationKind.CONDITIONS_CHECK)).isEqualTo(DeliveryChoice.IMMEDIATELY);
        assertThat(DeliveryChoice.byDefault(NotificationKind.INPUT_ANSWERED)).isEqualTo(DeliveryChoice.DAILY);
        assertThat(DeliveryChoice.byDefault(NotificationKind.GROUP_TASKS)).isEqualTo(DeliveryChoice.DAILY);
    }

    @Test
    void putsTheDailySummaryAtSevenTheNextMorningAndTheWeeklyOneOnMonday() {
        assertThat(DeliveryChoice.IMMEDIATELY.mailedAt(SUNDAY_MORNING, AMSTERDAM)).isEqualTo(SUNDAY_MORNING);
        assertThat(DeliveryChoice.DAILY.mailedAt(SUNDAY_MORNING, AMSTERDAM))
                .isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
        assertThat(DeliveryChoice.DAILY.mailedAt(Instant.parse("2026-12-06T05:59:00Z"), AMSTERDAM))
                .as("before seven: the same morning").isEqualTo(Instant.parse("2026-12-06T06:00:00Z"));
        assertThat(DeliveryChoice.WEEKLY.mailedAt(SUNDAY_MORNING, AMSTERDAM))
                .isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
        assertThat(DeliveryChoice.WEEKLY.mailedAt(Instant.parse("2026-12-07T06:00:00Z"), AMSTERDAM))
                .as("at the very moment: the week after").isEqualTo(Instant.parse("2026-12-14T06:00:00Z"));
        assertThat(DeliveryChoice.NEVER.mailedAt(SUNDAY_MORNING, AMSTERDAM)).isNull();
    }

    @Test
    void marksANotificationForTheSummaryOrAsNotToBeMailed() {
        Notification summary = notification();
        summary.deliver(DeliveryChoice.WEEKLY, SUNDAY_MORNING, AMSTERDAM);
        Notification muted = notification();
        muted.deliver(DeliveryChoice.NEVER, SUNDAY_MORNING, AMSTERDAM);
        Notification now = notification();
        now.deliver(DeliveryChoice.IMMEDIATELY, SUNDAY_MORNING, AMSTERDAM);

        assertThat(summary.isDigest()).isTrue();
        assertThat(summary.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(summary.nextAttemptAt()).isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
        assertThat(muted.status()).isEqualTo(DeliveryStatus.MUTED);
        assertThat(muted.nextAttemptAt()).isNull();
        assertThat(now.isDigest()).isFalse();
        assertThat(now.nextAttemptAt()).isEqualTo(SUNDAY_MORNING);
    }

    @Test
    void keepsAPersonsChoicePerKindAndRefusesAMissingOne() {
        NotificationPreference preference = new NotificationPreference(PersonId.random(), "nl");
        assertThat(preference.delivery(NotificationKind.VOTE)).isEqualTo(DeliveryChoice.IMMEDIATELY);

        preference.chooseDelivery(DeliveryChoice.WEEKLY, DeliveryChoice.NEVER);

        assertThat(preference.delivery(NotificationKind.SEAT_ACCEPTANCE)).isEqualTo(DeliveryChoice.WEEKLY);
        assertThat(preference.delivery(NotificationKind.DECISION_ROUND_DECIDED)).isEqualTo(DeliveryChoice.NEVER);
        assertThatThrownBy(() -> preference.chooseDelivery(null, DeliveryChoice.DAILY))
                .isInstanceOf(RuleViolationException.class);
    }

    private static Notification notification() {
        return new Notification(PersonId.random(), NotificationKind.INPUT_ANSWERED, null, null, null, SUNDAY_MORNING);
    }
}
