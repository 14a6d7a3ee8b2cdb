package nl.participationsuite.web.accounts;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.participationsuite.domain.admin.AdminAction;
import nl.participationsuite.domain.admin.AdminActions;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.web.accounts.PortalAccounts.ResidentAccount;
import nl.participationsuite.web.accounts.ResidentInvitations.Invitation;

/**
 * A new activation code for a resident who lost their letter or their password, made by an
 * administrator: the code becomes the account's temporary password, the account's sessions end,
 * and the action is recorded with who did it (the account by its id, not its name). The code is
 * handed back once, for the letter, and kept nowhere.
 */
@Service
public class ActivationCodeRenewals {

    private final PortalAccounts accounts;

    private final ActivationCodes codes;

    private final People people;

    private final AdminActions actions;

    private final Clock clock;

    ActivationCodeRenewals(PortalAccounts accounts, ActivationCodes codes, People people, AdminActions actions,
            Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.people = people;
        this.actions = actions;
        this.clock = clock;
    }

    /** A resident's portal account as the admin area shows it: the name the letter is addressed to. */
    public record PortalAccount(String username, boolean enabled, String residentName, boolean linked) {
    }

    /** The resident's portal account with this user name; empty for none (or one that is not a resident's). */
    @Transactional(readOnly = true)
    public Optional<PortalAccount> find(String username) {
        return accounts.findResident(username).map(account -> {
            Optional<Person> person = people.findByKeycloakSubject(account.id());
            return new PortalAccount(account.username(), account.enabled(), person.map(Person::displayName)
                    .orElseGet(() -> keycloakName(account)), person.isPresent());
        });
    }

    /**
     * Gives the resident's account a new code and answers what the letter shows. Refused for an
     * account that is switched off (the letter would not work); not found for no resident's account.
     * The action is recorded in the transaction that asks Keycloak last, so a refusal by Keycloak
     * records nothing.
     */
    @Transactional
    public Invitation renew(String username, String actor) {
        ResidentAccount account = accounts.findResident(username)
                .orElseThrow(() -> new NotFoundException("portal account", username));
        if (!account.enabled()) {
            throw new RuleViolationException("username", "admin.accounts.disabled",
                    "the account is switched off in Keycloak");
        }
        String name = people.findByKeycloakSubject(account.id()).map(Person::displayName)
                .orElseGet(() -> keycloakName(account));
        String code = codes.next();
        actions.save(new AdminAction(clock.instant(), actor, AdminAction.Kind.ACTIVATION_CODE_RENEWED,
                "portal account " + account.id(), "new activation code, sessions ended"));
        accounts.renewActivationCode(account.id(), code);
        return new Invitation(name, account.username(), code);
    }

    private static String keycloakName(ResidentAccount account) {
        String name = ((account.firstName() == null ? "" : account.firstName()) + " "
                + (account.lastName() == null ? "" : account.lastName())).strip();
        return name.isEmpty() ? account.username() : name;
    }
}
