package nl.participationsuite.domain.trajectory;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.Texts;

/**
 * A resident or a professional. A Keycloak account is optional: residents recruited door to door
 * may have none, nor an e-mail address; a professional then records their input on their behalf.
 */
@Entity
@Table(name = "person")
public class Person extends AuditedEntity {

    @EmbeddedId
    private PersonId id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private PersonKind kind;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "keycloak_subject", unique = true)
    private String keycloakSubject;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "organisation_id"))
    private OrganisationId organisationId;

    @Column(name = "erased_at")
    private Instant erasedAt;

    // The organisations whose reports this person reads as a manager (realm role manager); loaded only when asked.
    @ElementCollection
    @CollectionTable(name = "manager_organisation", joinColumns = @JoinColumn(name = "person_id"))
    @AttributeOverride(name = "value", column = @Column(name = "organisation_id", nullable = false))
    private Set<OrganisationId> managedOrganisations = new HashSet<>();

    protected Person() {
    }

    private Person(PersonKind kind, String displayName, String email, String phone, String keycloakSubject,
            OrganisationId organisationId) {
        this.id = PersonId.random();
        this.kind = kind;
        this.displayName = Texts.requiredLine("displayName", displayName, 120);
        this.email = email(email);
        this.phone = Texts.optionalLine("phone", phone, 40);
        this.keycloakSubject = Texts.optionalLine("keycloakSubject", keycloakSubject, 64);
        this.organisationId = organisationId;
    }

    /** A resident; e-mail, phone and account are each optional. */
    public static Person resident(String displayName, String email, String phone, String keycloakSubject) {
        return new Person(PersonKind.RESIDENT, displayName, email, phone, keycloakSubject, null);
    }

    /** A professional of an organisation, with a Keycloak account. */
    public static Person professional(String displayName, String email, String keycloakSubject, OrganisationId organisation) {
        if (organisation == null) {
            throw new RuleViolationException("organisationId", "required", "a professional belongs to an organisation");
        }
        return new Person(PersonKind.PROFESSIONAL, displayName, email, null, keycloakSubject, organisation);
    }

    /**
     * Makes a professional the manager of these organisations: with the realm role {@code manager} they
     * read the reports of these organisations' trajectories, and of no other. Replaces any earlier set;
     * an empty set takes every organisation away. Residents manage nothing.
     */
    public void manage(Set<OrganisationId> organisations) {
        if (isResident()) {
            throw new RuleViolationException("organisations", "person.manager-not-a-resident",
                    "a resident manages no organisation");
        }
        managedOrganisations.clear();
        managedOrganisations.addAll(Set.copyOf(organisations));
    }

    /** The organisations this person reports on as a manager (empty for anyone who is no manager). */
    public Set<OrganisationId> managedOrganisations() {
        return Set.copyOf(managedOrganisations);
    }

    /**
     * Links the person to a Keycloak account (made for them by an invitation). Refused when the
     * person already has one: an account is never silently swapped for another.
     */
    public void linkAccount(String subject) {
        String validSubject = Texts.requiredLine("keycloakSubject", subject, 64);
        if (keycloakSubject != null) {
            throw new RuleViolationException("keycloakSubject", "person.already-linked",
                    "person " + id + " already has an account");
        }
        this.keycloakSubject = validSubject;
    }

    /**
     * The resident's right to erasure: name and contact details are replaced by the pseudonym and the
     * link to their account goes. The person stays (by id) so that their input, votes and the
     * trajectory's counts remain, as contributions of someone no longer known. Only for residents;
     * a second erasure is refused.
     */
    public void erase(String pseudonym, Instant now) {
        if (!isResident()) {
            throw new RuleViolationException("person", "person.erase-not-a-resident",
                    "only a resident's personal data is erased this way");
        }
        if (isErased()) {
            throw new RuleViolationException("person", "person.already-erased", "person " + id + " is already erased");
        }
        this.displayName = Texts.requiredLine("pseudonym", pseudonym, 120);
        this.email = null;
        this.phone = null;
        this.keycloakSubject = null;
        this.erasedAt = now;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public boolean hasAccount() {
        return keycloakSubject != null;
    }

    private static String email(String email) {
        String value = Texts.optionalLine("email", email, 254);
        if (value != null && !value.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new RuleViolationException("email", "invalid", "not an e-mail address: " + value);
        }
        return value;
    }

    public PersonId id() {
        return id;
    }

    public PersonKind kind() {
        return kind;
    }

    public boolean isResident() {
        return kind == PersonKind.RESIDENT;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String keycloakSubject() {
        return keycloakSubject;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }
}
