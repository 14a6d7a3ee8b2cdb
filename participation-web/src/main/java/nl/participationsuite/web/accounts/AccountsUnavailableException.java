package nl.participationsuite.web.accounts;

/** Keycloak could not make or change the account now (unreachable, or an unexpected answer); nothing was kept. */
public class AccountsUnavailableException extends RuntimeException {

    public AccountsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
