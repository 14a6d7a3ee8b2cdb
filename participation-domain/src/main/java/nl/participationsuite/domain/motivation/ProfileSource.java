package nl.participationsuite.domain.motivation;

/** Who filled in a profile: a professional during the motivation conversation, or the resident themself. */
public enum ProfileSource {
    CONVERSATION, RESIDENT
}
