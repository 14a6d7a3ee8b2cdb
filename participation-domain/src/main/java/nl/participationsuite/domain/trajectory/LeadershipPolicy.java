package nl.participationsuite.domain.trajectory;

import java.util.Collection;

import nl.participationsuite.domain.shared.RuleViolationException;

/**
 * Who may lead a trajectory (handbook: one coordinator, a professional <em>or</em> a resident, and a
 * fixed contact person residents can always reach), checked when it starts and at every handover.
 * <ul>
 * <li>The coordinator is a professional, or, for a {@link TrajectoryKind#RESIDENT_INITIATIVE}, a
 * resident. A professional coordinator of another organisation makes that organisation a partner.</li>
 * <li>The contact person is a professional of one of the trajectory's organisations: the one it
 * belongs to and its partners (the organisations of the coordinator and of the professionals taking
 * part); or, for a resident initiative, the resident who coordinates it.</li>
 * <li>Nobody whose personal data was erased leads anything.</li>
 * </ul>
 * There is no register of partner organisations in the product (yet): partners are the organisations
 * whose professionals take part.
 */
public final class LeadershipPolicy {

    private LeadershipPolicy() {
    }

    /** Refuses a coordinator who may not coordinate a trajectory of this kind. */
    public static void requireCoordinator(String field, TrajectoryKind kind, Person coordinator) {
        requireNotErased(field, coordinator);
        if (coordinator.isResident() && kind != TrajectoryKind.RESIDENT_INITIATIVE) {
            throw new RuleViolationException(field, "trajectory.resident-coordinator-only-for-initiative",
                    "only a resident initiative has a resident as coordinator");
        }
    }

    /**
     * Refuses a contact person who is neither a professional of one of the trajectory's organisations
     * nor the resident coordinator of a resident initiative.
     */
    public static void requireContactPerson(String field, TrajectoryKind kind, Person contactPerson,
            PersonId coordinatorId, Collection<OrganisationId> trajectoryOrganisations) {
        requireNotErased(field, contactPerson);
        if (contactPerson.isResident()) {
            if (kind != TrajectoryKind.RESIDENT_INITIATIVE || !contactPerson.id().equals(coordinatorId)) {
                throw new RuleViolationException(field, "trajectory.contact-person-not-a-professional",
                        "the contact person is a professional, or the resident who coordinates a resident initiative");
            }
            return;
        }
        if (!trajectoryOrganisations.contains(contactPerson.organisationId())) {
            throw new RuleViolationException(field, "trajectory.contact-person-not-of-its-organisations",
                    "the contact person is a professional of one of the trajectory's organisations");
        }
    }

    private static void requireNotErased(String field, Person person) {
        if (person.isErased()) {
            throw new RuleViolationException(field, "trajectory.leader-erased", "person " + person.id() + " is erased");
        }
    }
}
