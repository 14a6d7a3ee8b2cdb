package nl.participationsuite.domain.meetings;

/** A participant's answer to a meeting's invitation: whether they will come. */
public enum ReplyAnswer {
    YES, NO, MAYBE
}
