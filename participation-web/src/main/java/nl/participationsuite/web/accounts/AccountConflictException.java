package nl.participationsuite.web.accounts;

/** Keycloak already has an account with this user name ({@code username}) or e-mail address ({@code email}). */
public class AccountConflictException extends RuntimeException {

    private final String field;

    public AccountConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** {@code username} or {@code email}. */
    public String field() {
        return field;
    }
}
