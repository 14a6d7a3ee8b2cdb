package nl.participationsuite.domain.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;

/**
 * A resident's erasure in the domain (AVG article 17). The person keeps their id, so that input,
 * votes, seats held and every count stay; their name becomes a pseudonym ("Inwoner K7QM2P"), e-mail
 * address, phone number and account link go, and the account is queued for removal from Keycloak.
 * {@link #replaceEverywhere} then rewrites what identified them wherever it was written as text.
 */
@Service
public class PersonalDataErasure {

    /** Without look-alikes (no 0/O, 1/I/L), so that a pseudonym can be read out over the phone. */
    private static final char[] PSEUDONYM_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    /** The person's own identifying columns, which {@link Person#erase} has already rewritten. */
    private static final Set<String> PERSON_IDENTITY = Set.of("display_name", "email", "phone", "keycloak_subject");

    private final SecureRandom random = new SecureRandom();

    private final People people;

    private final AccountRemovals removals;

    private final TextColumns columns;

    private final EntityManager entityManager;

    private final Clock clock;

    PersonalDataErasure(People people, AccountRemovals removals, TextColumns columns, EntityManager entityManager,
            Clock clock) {
        this.people = people;
        this.removals = removals;
        this.columns = columns;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What identified the person before the erasure, and the pseudonym that replaces it. */
    public record Erasure(PersonId person, String pseudonym, List<String> identifiers, Optional<String> accountId) {

        @Override
        public String toString() {
            return "Erasure[person=" + person + ", pseudonym=" + pseudonym + "]";
        }
    }

    /**
     * Pseudonymises the person and queues their account for removal. Refused for a professional and
     * for a person erased before. Joins the caller's transaction: the caller rewrites the texts last.
     */
    @Transactional
    public Erasure erase(PersonId personId) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        List<String> identifiers = identifiers(person);
        Optional<String> account = Optional.ofNullable(person.keycloakSubject());
        String pseudonym = pseudonym();
        person.erase(pseudonym, clock.instant());
        account.ifPresent(id -> removals.save(new AccountRemoval(id, clock.instant())));
        entityManager.flush();
        return new Erasure(personId, pseudonym, identifiers, account);
    }

    /**
     * Replaces what identified the person by their pseudonym in every domain table's text (free text
     * such as feedback or a remark included, and the audit columns that held their account id); the
     * engine's tables are the workflow's to rewrite. Other people's own rows in the person table are
     * never touched, even when their name is the same. Call it after the last change of the transaction: anything flushed afterwards would
     * write the account id into the audit columns again.
     */
    @Transactional
    public int replaceEverywhere(Erasure erasure) {
        entityManager.flush();
        int changed = columns.replace(erasure.identifiers(), erasure.pseudonym(),
                (table, column) -> !table.startsWith("act_") && !("person".equals(table) && PERSON_IDENTITY.contains(column)));
        entityManager.clear();
        return changed;
    }

    /**
     * What identifies the person as text: e-mail address, phone number, account id, and their name
     * when it cannot be an ordinary word (two words or more, or six letters or more; a first name
     * alone like "Jan" would rewrite every other Jan).
     */
    static List<String> identifiers(Person person) {
        List<String> identifiers = new ArrayList<>();
        String name = person.displayName().strip();
        if (name.contains(" ") || name.length() >= 6) {
            identifiers.add(name);
        }
        if (person.email() != null) {
            identifiers.add(person.email());
        }
        if (person.phone() != null && person.phone().replaceAll("\\D", "").length() >= 6) {
            identifiers.add(person.phone());
        }
        if (person.keycloakSubject() != null) {
            identifiers.add(person.keycloakSubject());
        }
        return identifiers;
    }

    private String pseudonym() {
        StringBuilder code = new StringBuilder("Inwoner ");
        for (int i = 0; i < 6; i++) {
            code.append(PSEUDONYM_ALPHABET[random.nextInt(PSEUDONYM_ALPHABET.length)]);
        }
        return code.toString();
    }
}
