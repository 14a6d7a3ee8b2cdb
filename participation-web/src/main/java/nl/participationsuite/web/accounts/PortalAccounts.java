package nl.participationsuite.web.accounts;

import java.util.Optional;

/**
 * Where residents' portal accounts are kept (Keycloak). An interface so that slice tests can stand
 * in for it; the real one talks to Keycloak's Admin REST API.
 */
public interface PortalAccounts {

    /**
     * Creates an enabled account with the realm role {@code resident} whose password is temporary,
     * so that the resident chooses their own at the first login; answers the account's id (the
     * subject of its tokens).
     *
     * @throws AccountConflictException when the user name or e-mail address is in use
     * @throws AccountsUnavailableException when Keycloak cannot be reached or refuses otherwise
     */
    String createResident(NewResidentAccount account);

    /** Whether an account has this user name. */
    boolean exists(String username);

    /** Removes an account again (an invitation that could not be completed). */
    void delete(String accountId);

    /**
     * The account of a resident (realm role {@code resident}) with exactly this user name; empty for
     * no account, or one of a professional, manager or administrator (not the admin area's to reset).
     *
     * @throws AccountsUnavailableException when Keycloak cannot be reached or refuses
     */
    Optional<ResidentAccount> findResident(String username);

    /**
     * Makes the code the account's temporary password (the resident chooses their own at the next
     * login; the old password and any earlier code stop working) and ends the account's sessions.
     *
     * @throws AccountsUnavailableException when Keycloak cannot be reached or refuses
     */
    void renewActivationCode(String accountId, String code);

    /** A resident's portal account as Keycloak keeps it; the names may be null. */
    record ResidentAccount(String id, String username, boolean enabled, String firstName, String lastName) {
    }

    /** What a new resident account holds; e-mail address and names may be null. */
    record NewResidentAccount(String username, String email, String firstName, String lastName,
            String temporaryPassword) {

        @Override
        public String toString() {
            return "NewResidentAccount[username=" + username + "]";
        }
    }
}
