package nl.participationsuite.workflow.roles;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.roles.RoleAgreement;
import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.roles.RoleAgreementResponseOutcome.Answer;
import nl.participationsuite.workflow.roles.RoleProposalOutcome.Proposal;
import nl.participationsuite.workflow.tasks.OutcomeHandler;
import nl.participationsuite.workflow.tasks.TaskContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The role-agreements phase: the coordinator proposes an agreement to every participant, each
 * participant (one instance per person, {@code agreementHolderId}) accepts or asks to renegotiate,
 * and the coordinator revises until they accept.
 */
@Configuration(proxyBeanMethods = false)
class RoleAgreementSteps {

    static final String PROPOSALS = "proposals";

    /** The fields of a proposal's terms, as the domain names them. */
    private static final Set<String> TERMS = Set.of("role", "responsibilities", "hoursPerMonth", "supportAgreed");

    /**
     * One proposal per participant still taking part, no more and no fewer; all or none are stored.
     * A term the domain refuses (more hours than a resident wants to give, ...) is refused on its
     * proposal's field, {@code proposals[i].hoursPerMonth}.
     */
    @Bean
    OutcomeHandler<RoleProposalOutcome> roleProposalHandler(RoleAgreementService roles, TrajectoryService trajectories) {
        return OutcomeHandler.of(FormKeys.ROLE_PROPOSAL, RoleProposalOutcome.class, (task, outcome) -> {
            Trajectory trajectory = trajectories.get(task.trajectoryId());
            requireOnePerActiveParticipant(trajectory, outcome.proposals());
            for (int i = 0; i < outcome.proposals().size(); i++) {
                Proposal proposal = outcome.proposals().get(i);
                try {
                    roles.propose(trajectory.id(), proposal.participantId(), proposal.terms());
                }
                catch (RuleViolationException ex) {
                    throw TERMS.contains(ex.field())
                            ? new RuleViolationException(PROPOSALS + "[" + i + "]." + ex.field(), ex.code(), ex.getMessage())
                            : ex;
                }
            }
            return Map.of();
        });
    }

    /**
     * The holder's answer, given by the person completing it (the domain refuses anyone else).
     * {@code roleAccepted} is declared on each instance of the per-participant sub-process (an
     * empty input parameter), so completing the task sets it there and not on the process: two
     * participants' answers never mix.
     */
    @Bean
    OutcomeHandler<RoleAgreementResponseOutcome> roleAgreementResponseHandler(RoleAgreementService roles,
            TrajectoryService trajectories) {
        return OutcomeHandler.of(FormKeys.ROLE_AGREEMENT_RESPONSE, RoleAgreementResponseOutcome.class, (task, outcome) -> {
            if (outcome.answer() == null) {
                throw new RuleViolationException("answer", "required", "answer is required");
            }
            Trajectory trajectory = trajectories.get(task.trajectoryId());
            RoleAgreement agreement = currentAgreementOfHolder(roles, trajectory, task);
            ParticipantId answeredBy = participantOf(trajectory, task.actor()).id();
            if (outcome.answer() == Answer.ACCEPT) {
                roles.accept(agreement.id(), answeredBy);
            }
            else {
                roles.requestRenegotiation(agreement.id(), answeredBy, outcome.comment());
            }
            return Map.of(VariableNames.ROLE_ACCEPTED, outcome.answer() == Answer.ACCEPT);
        });
    }

    /** Revised terms for the participant of this instance: a new proposal replacing the renegotiated one. */
    @Bean
    OutcomeHandler<RoleRenegotiationOutcome> roleRenegotiationHandler(RoleAgreementService roles,
            TrajectoryService trajectories) {
        return OutcomeHandler.of(FormKeys.ROLE_RENEGOTIATION, RoleRenegotiationOutcome.class, (task, outcome) -> {
            RoleAgreement agreement = currentAgreementOfHolder(roles, trajectories.get(task.trajectoryId()), task);
            roles.revise(agreement.id(), outcome.terms());
            return Map.of();
        });
    }

    private static RoleAgreement currentAgreementOfHolder(RoleAgreementService roles, Trajectory trajectory,
            TaskContext task) {
        Participant holder = participantOf(trajectory, PersonId.of(task.variable(VariableNames.AGREEMENT_HOLDER_ID)));
        return roles.current(trajectory.id(), holder.id())
                .orElseThrow(() -> new NotFoundException("role agreement of participant", holder.id()));
    }

    private static Participant participantOf(Trajectory trajectory, PersonId person) {
        return trajectory.participantOf(person).orElseThrow(() -> new RuleViolationException("participantId",
                "participant.unknown", "person " + person + " does not take part in trajectory " + trajectory.reference()));
    }

    /** Refuses, before anything is stored, a list that misses an active participant, names anyone else, or names someone twice. */
    private static void requireOnePerActiveParticipant(Trajectory trajectory, List<Proposal> proposals) {
        if (proposals == null || proposals.isEmpty()) {
            throw new RuleViolationException(PROPOSALS, "required", "a role agreement is proposed to every participant");
        }
        Set<ParticipantId> active = new LinkedHashSet<>();
        trajectory.activeParticipants().forEach(participant -> active.add(participant.id()));
        Set<ParticipantId> named = new HashSet<>();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal proposal = proposals.get(i);
            if (proposal == null || proposal.participantId() == null) {
                throw new RuleViolationException(PROPOSALS, "required", "proposal " + (i + 1) + " names no participant");
            }
            if (!active.contains(proposal.participantId())) {
                throw new RuleViolationException(PROPOSALS, "roles.not-an-active-participant",
                        "participant " + proposal.participantId() + " does not take part in trajectory "
                                + trajectory.reference());
            }
            if (!named.add(proposal.participantId())) {
                throw new RuleViolationException(PROPOSALS, "roles.proposal-duplicate",
                        "participant " + proposal.participantId() + " is proposed more than one role agreement");
            }
        }
        active.removeAll(named);
        if (!active.isEmpty()) {
            throw new RuleViolationException(PROPOSALS, "roles.proposal-missing",
                    "no role agreement is proposed to participant(s) " + active);
        }
    }
}
