package nl.participationsuite.domain.seats;

import java.util.List;

/** What happened when a holder stepped back: the seats vacated and how the remaining composition fares. */
public record SeatVacancy(List<SeatId> vacatedSeats, SeatCompositionVerdict remaining) {

    public SeatVacancy {
        vacatedSeats = List.copyOf(vacatedSeats);
    }

    /** The remaining composition still meets the rules. */
    public boolean stillMeetsRules() {
        return remaining.ok();
    }

    /** A seat was vacated and what remains breaks the rules: the coordinator has to restore them. */
    public boolean restoreNeeded() {
        return !vacatedSeats.isEmpty() && !remaining.ok();
    }
}
