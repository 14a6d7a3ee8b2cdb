package nl.participationsuite.domain.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import nl.participationsuite.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ResponseTimeTests {

    @Test
    void anAnswerIsDueTheResponseTimeAfterItWasAskedFor() {
        Instant asked = Instant.parse("2026-05-04T08:00:00Z");

        assertThat(ResponseTime.DEFAULT.dueFrom(asked)).isEqualTo(Instant.parse("2026-05-18T08:00:00Z"));
        assertThat(new ResponseTime(3).dueFrom(asked)).isEqualTo(Instant.parse("2026-05-07T08:00:00Z"));
    }

    @Test
    void takesOneToNinetyDays() {
        assertThat(new ResponseTime(ResponseTime.MINIMUM_DAYS).days()).isEqualTo(1);
        assertThat(new ResponseTime(ResponseTime.MAXIMUM_DAYS).days()).isEqualTo(90);
    }

    @Test
    void refusesNoTimeAtAllOrMoreThanNinetyDays() {
        assertThatThrownBy(() -> new ResponseTime(0))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("responseDays"));
        assertThatThrownBy(() -> new ResponseTime(91))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("responseDays"));
    }
}
