package nl.participationsuite.web.privacy;

import jakarta.validation.constraints.AssertTrue;

/** The erasure's confirmation: a tick that it is understood it cannot be undone (unticked sends nothing). */
public record ErasureForm(Boolean confirmed) {

    /** The portal's model attribute for the form (its field errors and messages use this name). */
    public static final String ATTRIBUTE = "erasure";

    @AssertTrue
    public boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }
}
