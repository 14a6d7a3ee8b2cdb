package nl.participationsuite.domain.involvement;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator registers residents they recruited: the person, their place in the trajectory and
 * how they were reached are stored together or not at all; and later links a resident to the
 * portal account made for them. Only the trajectory's coordinator does either.
 */
@Service
@Transactional
public class ResidentRegistration {

    private final TrajectoryService trajectoryService;

    private final InvolvementService involvement;

    private final People people;

    ResidentRegistration(TrajectoryService trajectoryService, InvolvementService involvement, People people) {
        this.trajectoryService = trajectoryService;
        this.involvement = involvement;
        this.people = people;
    }

    /** Registers a resident as a participant with their recruitment; refused for anyone but the coordinator. */
    public Participant register(TrajectoryId trajectoryId, PersonId coordinator, RegisterResident resident) {
        Trajectory trajectory = trajectoryService.coordinatedBy(trajectoryId, coordinator);
        trajectory.requireOpen();
        if (resident.channel() == null) {
            throw new RuleViolationException("channel", "required", "channel is required");
        }
        Person person = people.save(Person.resident(resident.displayName(), resident.email(), resident.phone(), null));
        Participant participant = trajectoryService.addParticipant(trajectory.id(), person.id());
        involvement.recordRecruitment(trajectory.id(), participant.id(), resident.channel(), resident.networkId());
        return participant;
    }

    /** The person behind a resident participant of a trajectory the caller coordinates. */
    @Transactional(readOnly = true)
    public Person resident(TrajectoryId trajectoryId, PersonId coordinator, ParticipantId participantId) {
        Trajectory trajectory = trajectoryService.coordinatedBy(trajectoryId, coordinator);
        Participant participant = trajectory.participants().stream()
                .filter(candidate -> candidate.id().equals(participantId) && candidate.isResident())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("participant", participantId));
        return people.findById(participant.personId())
                .orElseThrow(() -> new NotFoundException("person", participant.personId()));
    }

    /**
     * Links a resident participant to the Keycloak account made for them; refused when they
     * already have one.
     */
    public Person linkAccount(TrajectoryId trajectoryId, PersonId coordinator, ParticipantId participantId,
            String keycloakSubject) {
        Person person = resident(trajectoryId, coordinator, participantId);
        person.linkAccount(keycloakSubject);
        return people.save(person);
    }
}
