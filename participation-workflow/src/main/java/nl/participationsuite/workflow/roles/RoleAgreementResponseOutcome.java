package nl.participationsuite.workflow.roles;

import nl.participationsuite.workflow.tasks.TaskOutcome;

/** The participant accepts the proposed role, or asks to renegotiate and says what should change (then required). */
public record RoleAgreementResponseOutcome(Answer answer, String comment) implements TaskOutcome {

    public enum Answer {
        ACCEPT, RENEGOTIATE
    }
}
