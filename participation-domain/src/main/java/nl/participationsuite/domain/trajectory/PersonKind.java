package nl.participationsuite.domain.trajectory;

/** A person in the product is a resident (inwoner) or a professional. */
public enum PersonKind {
    RESIDENT, PROFESSIONAL
}
