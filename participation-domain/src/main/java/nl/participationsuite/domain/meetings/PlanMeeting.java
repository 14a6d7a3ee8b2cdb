package nl.participationsuite.domain.meetings;

import java.time.Instant;

/**
 * A meeting to plan: when, where, whether a neutral facilitator leads it (and who), whether the
 * invitation and agenda passed the plain-language check, the agenda, and what participants should
 * know to get there and in (accessibility notes, optional).
 */
public record PlanMeeting(Instant startsAt, Instant endsAt, String venueName, VenueType venueType,
        boolean neutralFacilitator, String facilitatorName, boolean plainLanguageChecked, String agenda,
        String accessibilityNotes) {

    /** A meeting without accessibility notes. */
    public PlanMeeting(Instant startsAt, Instant endsAt, String venueName, VenueType venueType,
            boolean neutralFacilitator, String facilitatorName, boolean plainLanguageChecked, String agenda) {
        this(startsAt, endsAt, venueName, venueType, neutralFacilitator, facilitatorName, plainLanguageChecked, agenda,
                null);
    }
}
