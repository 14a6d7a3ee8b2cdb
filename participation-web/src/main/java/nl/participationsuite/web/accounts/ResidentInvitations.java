package nl.participationsuite.web.accounts;

import nl.participationsuite.domain.involvement.ResidentRegistration;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Invites a resident to the portal: an account in Keycloak with a one-time activation code as its
 * temporary password, linked to the resident. Nothing is half-written: when linking fails after the
 * account was made, the account is removed again. The code is handed back once, for the letter,
 * and kept nowhere.
 */
@Service
public class ResidentInvitations {

    private static final Logger log = LoggerFactory.getLogger(ResidentInvitations.class);

    private static final int SUGGESTIONS = 50;

    private final ResidentRegistration registration;

    private final PortalAccounts accounts;

    private final ActivationCodes codes;

    ResidentInvitations(ResidentRegistration registration, PortalAccounts accounts, ActivationCodes codes) {
        this.registration = registration;
        this.accounts = accounts;
        this.codes = codes;
    }

    /**
     * The resident of a trajectory the caller coordinates (403 for others, 404 outside their
     * scope or for anyone but a resident participant).
     */
    public Person resident(TrajectoryId trajectoryId, PersonId coordinator, ParticipantId participantId) {
        return registration.resident(trajectoryId, coordinator, participantId);
    }

    /**
     * Makes the account and links it; refused (nothing made) for a resident who has an account
     * already, a user name or e-mail address in use, or when Keycloak cannot be reached.
     */
    public Invitation invite(TrajectoryId trajectoryId, PersonId coordinator, ParticipantId participantId,
            String username) {
        Person resident = registration.resident(trajectoryId, coordinator, participantId);
        if (resident.hasAccount()) {
            throw new RuleViolationException("keycloakSubject", "person.already-linked",
                    "the resident has an account already");
        }
        String code = codes.next();
        String[] names = names(resident.displayName());
        String accountId = accounts.createResident(new PortalAccounts.NewResidentAccount(username, resident.email(),
                names[0], names[1], code));
        try {
            registration.linkAccount(trajectoryId, coordinator, participantId, accountId);
        }
        catch (RuntimeException ex) {
            try {
                accounts.delete(accountId);
            }
            catch (RuntimeException deletion) {
                ex.addSuppressed(deletion);
                log.error("Keycloak account {} was made but neither linked nor removed; remove it by hand", accountId,
                        deletion);
            }
            throw ex;
        }
        return new Invitation(resident.displayName(), username, code);
    }

    /** A user name like the one asked for that is still free, e.g. {@code kees.jansen2}. */
    public String freeUserNameLike(String username) {
        for (int i = 2; i < SUGGESTIONS + 2; i++) {
            String candidate = username + i;
            if (!accounts.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** First name and the rest, as Keycloak keeps them; for a one-word name Keycloak asks the rest at the first login. */
    static String[] names(String displayName) {
        String name = displayName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? new String[] { name, null }
                : new String[] { name.substring(0, space), name.substring(space + 1).strip() };
    }

    /** What the letter shows, once: the code is nowhere else. */
    public record Invitation(String residentName, String username, String activationCode) {

        @Override
        public String toString() {
            return "Invitation[username=" + username + "]";
        }
    }
}
