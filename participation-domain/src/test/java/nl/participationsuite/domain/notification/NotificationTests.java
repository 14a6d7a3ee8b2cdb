package nl.participationsuite.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.participationsuite.domain.trajectory.PersonId;
import org.junit.jupiter.api.Test;

/** A notification's delivery without a database: back-off, giving up, trying again, reading. */
class NotificationTests {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void waitsTwiceAsLongAfterEachFailureAndGivesUpAfterTheLastAttempt() {
        Notification notification = vote();
        List<Duration> waits = new ArrayList<>();

        for (int attempt = 1; attempt < Notification.MAX_ATTEMPTS; attempt++) {
            notification.failed(NOW, "Connection refused");
            assertThat(notification.status()).isEqualTo(DeliveryStatus.PENDING);
            waits.add(Duration.between(NOW, notification.nextAttemptAt()));
        }
        notification.failed(NOW, "Connection refused");

        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16));
        assertThat(notification.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(notification.nextAttemptAt()).isNull();
        assertThat(notification.lastError()).isEqualTo("Connection refused");
    }

    @Test
    void isTriedAgainWithFreshAttemptsOnlyOnceGivenUp() {
        Notification notification = vote();
        assertThatThrownBy(() -> notification.retry(NOW)).isInstanceOf(IllegalStateException.class);
        for (int attempt = 0; attempt < Notification.MAX_ATTEMPTS; attempt++) {
            notification.failed(NOW, "timeout");
        }

        notification.retry(NOW.plusSeconds(60));

        assertThat(notification.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(notification.attempts()).isZero();
        assertThat(notification.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void keepsTheFirstMomentItWasReadAndKeepsLongErrorsShort() {
        Notification notification = vote();
        notification.read(NOW);
        notification.read(NOW.plusSeconds(3600));
        notification.failed(NOW, "x".repeat(800));

        assertThat(notification.readAt()).isEqualTo(NOW);
        assertThat(notification.lastError()).hasSize(500);
    }

    @Test
    void aTaskNotificationNamesItsTask() {
        assertThatThrownBy(() -> new Notification(PersonId.random(), NotificationKind.VOTE, null, null, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Notification(PersonId.random(), NotificationKind.DECISION_ROUND_DECIDED, null, null, null, NOW)
                .status()).isEqualTo(DeliveryStatus.PENDING);
    }

    private static Notification vote() {
        return new Notification(PersonId.random(), NotificationKind.VOTE, null, null, "task-1", NOW);
    }
}
