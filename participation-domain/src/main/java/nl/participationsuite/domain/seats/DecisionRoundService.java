package nl.participationsuite.domain.seats;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;

/** Decision rounds of a steering group: opening a proposal, votes of seat holders, closing with an outcome. */
@Service
@Transactional
public class DecisionRoundService {

    private final DecisionRounds rounds;

    private final SteeringGroups groups;

    private final TrajectoryService trajectories;

    private final Clock clock;

    DecisionRoundService(DecisionRounds rounds, SteeringGroups groups, TrajectoryService trajectories, Clock clock) {
        this.rounds = rounds;
        this.groups = groups;
        this.trajectories = trajectories;
        this.clock = clock;
    }

    /** Puts a proposal to the trajectory's steering group, with a deadline in the future. */
    public DecisionRound open(TrajectoryId trajectoryId, OpenRound round) {
        requireOpen(trajectoryId);
        SteeringGroup group = groups.findByTrajectoryId(trajectoryId)
                .orElseThrow(() -> new RuleViolationException("steeringGroup", "rounds.no-seat-holders",
                        "trajectory " + trajectoryId + " has no steering group"));
        return rounds.save(DecisionRound.open(group, round, clock.instant()));
    }

    /**
     * A seat holder votes: once, before the deadline. The vote is written at once, under the round's
     * version: a vote cast meanwhile by another seat holder fails this one optimistically (the caller
     * tries again on fresh data), and from here until commit no other vote of the round is written,
     * so whatever closes the round in this transaction counts every vote.
     */
    public DecisionRound vote(DecisionRoundId roundId, ParticipantId voter, VoteChoice choice, String comment) {
        DecisionRound round = get(roundId);
        requireOpen(round.trajectoryId());
        round.vote(voter, choice, comment, groupOf(round).holders(), clock.instant());
        return rounds.saveAndFlush(round);
    }

    /** Whether the round may be closed now: its deadline has come, or every seat holder voted. */
    @Transactional(readOnly = true)
    public boolean closable(DecisionRoundId roundId) {
        DecisionRound round = get(roundId);
        return !round.isClosed() && round.closable(groupOf(round).holders(), clock.instant());
    }

    /**
     * Closes the round: holders who did not vote are recorded absent; the outcome is decided.
     * Possible after the trajectory closed, so that no round stays open for ever.
     */
    public DecisionRound close(DecisionRoundId roundId) {
        DecisionRound round = get(roundId);
        SteeringGroup group = groupOf(round);
        round.close(group.holders(), group.residentHolders(), clock.instant());
        return round;
    }

    /**
     * Records what was done with a decided round's decision, by someone who works on the trajectory
     * (its coordinator or a professional taking part); a later record replaces the earlier one.
     */
    public DecisionRound recordFollowUp(DecisionRoundId roundId, String followUp, PersonId by) {
        DecisionRound round = get(roundId);
        if (by == null || !trajectories.get(round.trajectoryId()).isWorkedOnBy(by)) {
            throw new RuleViolationException("by", "rounds.not-working-together",
                    "only the coordinator or a professional of the trajectory records what was done");
        }
        round.recordFollowUp(followUp, by, clock.instant());
        return round;
    }

    @Transactional(readOnly = true)
    public DecisionRound get(DecisionRoundId roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("decision round", roundId));
    }

    @Transactional(readOnly = true)
    public Optional<DecisionRound> find(DecisionRoundId roundId) {
        return rounds.findById(roundId);
    }

    /** The trajectory's rounds, oldest first. */
    @Transactional(readOnly = true)
    public List<DecisionRound> rounds(TrajectoryId trajectoryId) {
        return rounds.findByTrajectoryIdOrderByOpenedAtAsc(trajectoryId);
    }

    /** One page of the trajectory's rounds, the most recently opened first. */
    @Transactional(readOnly = true)
    public Page<DecisionRound> page(TrajectoryId trajectoryId, Pageable page) {
        return rounds.findPage(trajectoryId, page);
    }

    /**
     * The latest {@code perTrajectory} decided rounds of each of these trajectories, the most recently
     * closed first, with their vote counts: one statement, whatever the number of trajectories.
     */
    @Transactional(readOnly = true)
    public Map<TrajectoryId, List<DecidedRound>> latestDecided(Collection<TrajectoryId> trajectoryIds, int perTrajectory) {
        if (trajectoryIds.isEmpty()) {
            return Map.of();
        }
        Map<TrajectoryId, List<DecidedRound>> latest = new HashMap<>();
        for (DecidedRound round : rounds.findLatestDecided(trajectoryIds, perTrajectory)) {
            List<DecidedRound> ofTrajectory = latest.computeIfAbsent(round.trajectoryId(), id -> new ArrayList<>());
            if (ofTrajectory.size() < perTrajectory) {
                ofTrajectory.add(round);
            }
        }
        return latest;
    }

    /** Open rounds whose deadline has come (for a timer that closes them). */
    @Transactional(readOnly = true)
    public List<DecisionRound> due() {
        return rounds.findByClosedAtIsNullAndDeadlineLessThanEqualOrderByDeadlineAsc(clock.instant());
    }

    private void requireOpen(TrajectoryId trajectoryId) {
        trajectories.get(trajectoryId).requireOpen();
    }

    private SteeringGroup groupOf(DecisionRound round) {
        return groups.findById(round.steeringGroupId())
                .orElseThrow(() -> new NotFoundException("steering group", round.steeringGroupId()));
    }
}
