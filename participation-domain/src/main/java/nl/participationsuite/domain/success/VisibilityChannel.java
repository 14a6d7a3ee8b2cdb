package nl.participationsuite.domain.success;

/** How a success was made visible to residents. */
public enum VisibilityChannel {
    NEWSLETTER, MEETING, PORTAL, SOCIAL_MEDIA, LOCAL_PAPER, OTHER
}
