package nl.participationsuite.domain.involvement;

/** The kinds of network that already exist in an area and through which residents can be reached. */
public enum NetworkKind {
    VILLAGE_OR_NEIGHBOURHOOD_COUNCIL, CLIENT_OR_PATIENT_COUNCIL, CHURCH_COUNCIL, SPORTS_CLUB, RESIDENT_INITIATIVE, OTHER_CLUB
}
