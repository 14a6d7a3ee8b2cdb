package nl.participationsuite.web.portal.data;

import jakarta.validation.constraints.AssertTrue;

/** The erasure's confirmation: the resident ticks that they understand it cannot be undone (unticked sends nothing). */
record ErasureForm(Boolean confirmed) {

    @AssertTrue
    public boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }
}
