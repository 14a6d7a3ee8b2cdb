package nl.participationsuite.domain.meetings;

/** Where a meeting takes place; residents feel safer on familiar or neutral ground than at an institution. */
public enum VenueType {
    NEIGHBOURHOOD_CENTRE, SPORTS_CLUB, LIBRARY, NEUTRAL_PLACE, INSTITUTION
}
