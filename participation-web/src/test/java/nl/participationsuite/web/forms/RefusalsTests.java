package nl.participationsuite.web.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import nl.participationsuite.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** A domain refusal lands on the form's field it names, under the form's name for it, or above the form. */
class RefusalsTests {

    record TravelForm(String tripDate, String amount) {
    }

    private final BindingResult errors = new BeanPropertyBindingResult(new TravelForm("2026-11-28", "12,50"), "form");

    @Test
    void onTheFieldTheDomainNames() {
        Refusals.reject(errors, new RuleViolationException("tripDate", "support.trip-in-future", "in the future"));

        assertThat(errors.getFieldError("tripDate")).satisfies(error -> {
            assertThat(error.getCode()).isEqualTo("rule.support.trip-in-future");
            assertThat(error.getDefaultMessage()).isEqualTo("in the future");
        });
        assertThat(errors.getGlobalErrors()).isEmpty();
    }

    @Test
    void onTheFieldAsTheFormCallsIt() {
        Refusals.reject(errors, new RuleViolationException("amountCents", "support.amount-too-high", "too high"),
                Map.of("amountCents", "amount"));

        assertThat(errors.getFieldError("amount").getCode()).isEqualTo("rule.support.amount-too-high");
    }

    @Test
    void aboveTheFormWhenTheFormHasNoSuchFieldOrNoneIsNamed() {
        Refusals.reject(errors, new RuleViolationException("organisationId", "required", "no organisation"));
        Refusals.reject(errors, new RuleViolationException(null, "trajectory.closed", "closed"));

        assertThat(errors.getFieldErrors()).isEmpty();
        assertThat(errors.getGlobalErrors()).extracting(error -> error.getCode())
                .containsExactly("rule.required", "rule.trajectory.closed");
    }
}
