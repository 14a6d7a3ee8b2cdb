package nl.participationsuite.domain.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.Texts;

/** A municipality, GGD, care or welfare organisation or regional network. */
@Entity
@Table(name = "organisation")
public class Organisation extends AuditedEntity {

    @EmbeddedId
    private OrganisationId id;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private OrganisationKind kind;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind) {
        this.id = OrganisationId.random();
        this.name = Texts.requiredLine("name", name, 200);
        this.kind = kind;
    }

    public OrganisationId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }
}
