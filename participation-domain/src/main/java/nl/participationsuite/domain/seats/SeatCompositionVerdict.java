package nl.participationsuite.domain.seats;

import java.util.List;

/**
 * The outcome of {@link SeatCompositionRules}: whether a composition is ok, the codes of the rules
 * it breaks, and the facts they were judged on (the same facts the DMN {@code seat-composition} takes).
 */
public record SeatCompositionVerdict(boolean ok, List<String> brokenRules, int residentSeats, int totalSeats,
        int distinctResidentBackgrounds) {

    public SeatCompositionVerdict {
        brokenRules = List.copyOf(brokenRules);
        if (ok != brokenRules.isEmpty()) {
            throw new IllegalArgumentException("a verdict is ok exactly when no rule is broken");
        }
    }
}
