package nl.participationsuite.domain.roles;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;

/** Proposing role agreements to participants, and their answers. */
@Service
@Transactional
public class RoleAgreementService {

    private final RoleAgreements agreements;

    private final TrajectoryService trajectories;

    private final MotivationService motivations;

    private final Clock clock;

    RoleAgreementService(RoleAgreements agreements, TrajectoryService trajectories, MotivationService motivations,
            Clock clock) {
        this.agreements = agreements;
        this.trajectories = trajectories;
        this.motivations = motivations;
        this.clock = clock;
    }

    /**
     * The first proposal to a participant, within a resident's own boundary (see {@link ResidentBoundary});
     * once there is one, changes go through {@link #revise}.
     */
    public RoleAgreement propose(TrajectoryId trajectoryId, ParticipantId participantId, RoleTerms terms) {
        Participant participant = openTrajectory(trajectoryId).participant(participantId);
        if (agreements.findByTrajectoryIdAndParticipantIdAndReplacedAtIsNull(trajectoryId, participantId).isPresent()) {
            throw new RuleViolationException("participantId", "roles.agreement-exists",
                    "participant " + participantId + " already has a role agreement; revise it");
        }
        return agreements.save(RoleAgreement.propose(trajectoryId, participant, terms,
                boundaryOf(trajectoryId, participantId), clock.instant()));
    }

    /** The participant accepts; nobody else can. */
    public RoleAgreement accept(RoleAgreementId agreementId, ParticipantId participantId) {
        RoleAgreement agreement = get(agreementId);
        openTrajectory(agreement.trajectoryId());
        agreement.accept(participantId, clock.instant());
        return agreement;
    }

    /** The participant asks to renegotiate, saying what should change. */
    public RoleAgreement requestRenegotiation(RoleAgreementId agreementId, ParticipantId participantId, String comment) {
        RoleAgreement agreement = get(agreementId);
        openTrajectory(agreement.trajectoryId());
        agreement.requestRenegotiation(participantId, comment, clock.instant());
        return agreement;
    }

    /**
     * The participant has stepped back: their agreement, if not settled yet, is withdrawn (an
     * accepted one stays as agreed). Answers the withdrawn agreement.
     */
    public Optional<RoleAgreement> withdrawUnsettled(TrajectoryId trajectoryId, ParticipantId participantId) {
        Participant participant = trajectories.get(trajectoryId).participant(participantId);
        Optional<RoleAgreement> unsettled = current(trajectoryId, participantId).filter(RoleAgreement::isUnsettled);
        unsettled.ifPresent(agreement -> agreement.withdraw(participant, clock.instant()));
        return unsettled;
    }

    /**
     * A new proposal replacing the current agreement (accepted, renegotiated or still open), within the
     * resident's boundary as it is now (a resident who wants to give more time says so in their boundaries).
     */
    public RoleAgreement revise(RoleAgreementId agreementId, RoleTerms terms) {
        RoleAgreement agreement = get(agreementId);
        Participant participant = openTrajectory(agreement.trajectoryId()).participant(agreement.participantId());
        RoleAgreement next = agreement.revise(participant, terms, boundaryOf(agreement.trajectoryId(), participant.id()),
                clock.instant());
        // The replaced agreement is written first: there is one current agreement per participant.
        agreements.flush();
        return agreements.save(next);
    }

    @Transactional(readOnly = true)
    public RoleAgreement get(RoleAgreementId agreementId) {
        return agreements.findById(agreementId).orElseThrow(() -> new NotFoundException("role agreement", agreementId));
    }

    /** The current agreement of every participant who has one. */
    @Transactional(readOnly = true)
    public List<RoleAgreement> currentAgreements(TrajectoryId trajectoryId) {
        return agreements.findByTrajectoryIdAndReplacedAtIsNullOrderByProposedAtAsc(trajectoryId);
    }

    /** Every agreement of the trajectory, replaced ones included, in the order they were proposed. */
    @Transactional(readOnly = true)
    public List<RoleAgreement> agreements(TrajectoryId trajectoryId) {
        return agreements.findByTrajectoryIdOrderByProposedAtAscRevisionAsc(trajectoryId);
    }

    @Transactional(readOnly = true)
    public Optional<RoleAgreement> current(TrajectoryId trajectoryId, ParticipantId participantId) {
        return agreements.findByTrajectoryIdAndParticipantIdAndReplacedAtIsNull(trajectoryId, participantId);
    }

    /** The participant's agreements, first proposal first. */
    @Transactional(readOnly = true)
    public List<RoleAgreement> history(TrajectoryId trajectoryId, ParticipantId participantId) {
        return agreements.findByTrajectoryIdAndParticipantIdOrderByRevisionAsc(trajectoryId, participantId);
    }

    /** The hours the resident told they want to give, from their motivation profile. */
    private ResidentBoundary boundaryOf(TrajectoryId trajectoryId, ParticipantId participantId) {
        return motivations.find(trajectoryId, participantId)
                .map(profile -> new ResidentBoundary(profile.motivation().hoursPerMonth()))
                .orElse(ResidentBoundary.NONE);
    }

    private Trajectory openTrajectory(TrajectoryId trajectoryId) {
        Trajectory trajectory = trajectories.get(trajectoryId);
        trajectory.requireOpen();
        return trajectory;
    }
}
