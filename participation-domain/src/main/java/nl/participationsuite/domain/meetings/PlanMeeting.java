package nl.participationsuite.domain.meetings;

import java.time.Instant;

/**
 * A meeting to plan: when, where, whether a neutral facilitator leads it (and who), whether the
 * invitation and agenda passed the plain-language check, and the agenda.
 */
public record PlanMeeting(Instant startsAt, Instant endsAt, String venueName, VenueType venueType,
        boolean neutralFacilitator, String facilitatorName, boolean plainLanguageChecked, String agenda) {
}
