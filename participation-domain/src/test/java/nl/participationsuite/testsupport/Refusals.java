package nl.participationsuite.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import nl.participationsuite.domain.shared.RuleViolationException;

/** Asserts that an action is refused by a rule, naming the field and the message code. */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRefused(ThrowingCallable action, String field, String code) {
        assertThatThrownBy(action).isInstanceOfSatisfying(RuleViolationException.class, ex -> {
            assertThat(ex.field()).as("field of " + ex.getMessage()).isEqualTo(field);
            assertThat(ex.code()).as("code of " + ex.getMessage()).isEqualTo(code);
        });
    }
}
