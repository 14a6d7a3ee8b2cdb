package nl.participationsuite.domain.input;

/** What happened with an input; the three final statuses always come with feedback to the resident. */
public enum InputStatus {
    RECEIVED, UNDER_CONSIDERATION, ADOPTED, NOT_ADOPTED, PARTLY_ADOPTED;

    /** An answer: the input was (partly) adopted or not. */
    public boolean isFinal() {
        return this == ADOPTED || this == NOT_ADOPTED || this == PARTLY_ADOPTED;
    }
}
