package nl.participationsuite.domain.success;

/** A quick win keeps residents motivated early on; a milestone marks a step towards the shared goal. */
public enum SuccessKind {
    QUICK_WIN, MILESTONE
}
