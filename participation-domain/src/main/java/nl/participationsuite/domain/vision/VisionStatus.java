package nl.participationsuite.domain.vision;

/** Where a vision version is: drafted, out for review, adopted (frozen) or replaced by a later revision. */
public enum VisionStatus {
    DRAFT, IN_REVIEW, ADOPTED, SUPERSEDED
}
