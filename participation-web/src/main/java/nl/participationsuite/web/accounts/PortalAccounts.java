package nl.participationsuite.web.accounts;

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

    /** What a new resident account holds; e-mail address and names may be null. */
    record NewResidentAccount(String username, String email, String firstName, String lastName,
            String temporaryPassword) {

        @Override
        public String toString() {
            return "NewResidentAccount[username=" + username + "]";
        }
    }
}
