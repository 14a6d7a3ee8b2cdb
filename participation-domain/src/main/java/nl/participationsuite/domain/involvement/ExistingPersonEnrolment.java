package nl.participationsuite.domain.involvement;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone who is already known (a resident taking part elsewhere, with or without a portal account, or a
 * professional of a partner organisation) joins a trajectory: one person, one identity, no new account
 * and no invitation. A resident comes with the channel that reached them for this trajectory. Done by
 * whoever works on the trajectory (its coordinator, its professionals), for a person their search shows.
 */
@Service
@Transactional
public class ExistingPersonEnrolment {

    private final TrajectoryService trajectoryService;

    private final InvolvementService involvement;

    ExistingPersonEnrolment(TrajectoryService trajectoryService, InvolvementService involvement) {
        this.trajectoryService = trajectoryService;
        this.involvement = involvement;
    }

    /**
     * Adds the person as a participant, with the recruitment of a resident ({@code networkId} only for
     * {@link RecruitmentChannel#EXISTING_NETWORK}); refused for someone taking part already (or who
     * stepped back from it), and for a channel given with a professional.
     */
    public Participant add(TrajectoryId trajectoryId, PersonId by, PersonId personId, RecruitmentChannel channel,
            ExistingNetworkId networkId) {
        Trajectory trajectory = trajectoryService.workedOnBy(trajectoryId, by);
        trajectory.requireOpen();
        Person person = trajectoryService.addable(trajectory, by, personId);
        if (trajectory.participantOf(person.id()).isPresent()) {
            throw new RuleViolationException("personId", "participant.already-taking-part",
                    "person " + person.id() + " already takes part in trajectory " + trajectory.reference());
        }
        if (person.isResident() && channel == null) {
            throw new RuleViolationException("channel", "required", "channel is required");
        }
        if (!person.isResident() && (channel != null || networkId != null)) {
            throw new RuleViolationException("channel", "recruitment.not-a-resident",
                    "only a resident's recruitment channel is recorded");
        }
        Participant participant = trajectoryService.addParticipant(trajectory.id(), person.id());
        if (person.isResident()) {
            involvement.recordRecruitment(trajectory.id(), participant.id(), channel, networkId);
        }
        return participant;
    }
}
