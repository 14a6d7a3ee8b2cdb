package nl.participationsuite.workflow.privacy;

import java.util.List;

import nl.participationsuite.domain.privacy.PersonalDataErasure;
import nl.participationsuite.domain.privacy.PersonalDataErasure.Erasure;
import nl.participationsuite.domain.privacy.TextColumns;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's erasure as one user action, in one transaction: they step back from every trajectory
 * still running (their seat freed, their open tasks withdrawn, exactly as when they step back
 * themselves), their name and contact details become a pseudonym, and what identified them is
 * rewritten in every domain table and in the engine's history. Input, votes and every count stay.
 * Refused while they coordinate, or are the contact person of, a running trajectory: someone else
 * must take that over first.
 */
@Service
public class ResidentErasure {

    private final TrajectoryService trajectories;

    private final TrajectoryWorkflow workflow;

    private final PersonalDataErasure erasure;

    private final TextColumns columns;

    ResidentErasure(TrajectoryService trajectories, TrajectoryWorkflow workflow, PersonalDataErasure erasure,
            TextColumns columns) {
        this.trajectories = trajectories;
        this.workflow = workflow;
        this.erasure = erasure;
        this.columns = columns;
    }

    /** The running trajectories the person takes part in: those they would stop. */
    @Transactional(readOnly = true)
    public List<Trajectory> running(PersonId person) {
        return trajectories.takingPartIn(person).stream().filter(trajectory -> !trajectory.isClosed()).toList();
    }

    /** Of these running trajectories, those the person coordinates or is the contact person of: each refuses the erasure. */
    public static List<Trajectory> led(List<Trajectory> running, PersonId person) {
        return running.stream()
                .filter(trajectory -> person.equals(trajectory.coordinatorId()) || person.equals(trajectory.contactPersonId()))
                .toList();
    }

    @Transactional
    public Erasure erase(PersonId person) {
        List<Trajectory> running = running(person);
        List<Trajectory> led = led(running, person);
        if (!led.isEmpty()) {
            throw new RuleViolationException("person", "erase.leads-a-trajectory", "person " + person
                    + " coordinates or is the contact person of running trajectory " + led.get(0).id());
        }
        for (Trajectory trajectory : running) {
            Participant participant = trajectory.participantOf(person).orElseThrow();
            if (participant.isActive() && participant.isResident()) {
                workflow.stepBack(trajectory.id(), participant.id(), person);
            }
        }
        Erasure erased = erasure.erase(person);
        erasure.replaceEverywhere(erased);
        columns.replace(erased.identifiers(), erased.pseudonym(), (table, column) -> table.startsWith("act_hi_"));
        return erased;
    }
}
