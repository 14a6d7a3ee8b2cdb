package nl.participationsuite.domain.seats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.participationsuite.domain.trajectory.PersonKind;

/**
 * The composition rules of a steering group: never a single token resident. At least two resident
 * seats, residents hold at least a third of the seats, and the resident seat holders together bring
 * more than one background. The workflow's DMN {@code seat-composition} must decide the same.
 */
public final class SeatCompositionRules {

    public static final int MINIMUM_RESIDENT_SEATS = 2;

    /** Residents hold at least 1 in {@value} seats. */
    public static final int RESIDENT_SHARE_DENOMINATOR = 3;

    public static final int MINIMUM_DISTINCT_BACKGROUNDS = 2;

    public static final String TOO_FEW_RESIDENTS = "seats.too-few-residents";

    public static final String RESIDENT_SHARE_TOO_LOW = "seats.resident-share-too-low";

    public static final String SINGLE_BACKGROUND = "seats.single-background";

    private SeatCompositionRules() {
    }

    /** An occupied seat as the rules see it: who holds it and, for residents, the declared backgrounds. */
    public record OccupiedSeat(PersonKind holderKind, Set<Background> backgrounds) {

        public OccupiedSeat {
            backgrounds = backgrounds == null ? Set.of() : Set.copyOf(backgrounds);
        }
    }

    /** Judges the occupied seats of a steering group. */
    public static SeatCompositionVerdict evaluate(Collection<OccupiedSeat> seats) {
        int residentSeats = 0;
        Set<Background> residentBackgrounds = EnumSet.noneOf(Background.class);
        for (OccupiedSeat seat : seats) {
            if (seat.holderKind() == PersonKind.RESIDENT) {
                residentSeats++;
                residentBackgrounds.addAll(seat.backgrounds());
            }
        }
        return evaluate(residentSeats, seats.size(), residentBackgrounds.size());
    }

    /** Judges the facts of a composition: resident seats, all seats, distinct backgrounds of resident holders. */
    public static SeatCompositionVerdict evaluate(int residentSeats, int totalSeats, int distinctResidentBackgrounds) {
        List<String> broken = new ArrayList<>();
        if (residentSeats < MINIMUM_RESIDENT_SEATS) {
            broken.add(TOO_FEW_RESIDENTS);
        }
        if (residentSeats * RESIDENT_SHARE_DENOMINATOR < totalSeats) {
            broken.add(RESIDENT_SHARE_TOO_LOW);
        }
        if (distinctResidentBackgrounds < MINIMUM_DISTINCT_BACKGROUNDS) {
            broken.add(SINGLE_BACKGROUND);
        }
        return new SeatCompositionVerdict(broken.isEmpty(), broken, residentSeats, totalSeats, distinctResidentBackgrounds);
    }
}
