package nl.participationsuite.domain.conditions;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The periodic conditions check: opening rounds, answering them, and the gap between residents and professionals. */
@Service
@Transactional
public class ConditionsService {

    private final TrajectoryService trajectoryService;

    private final ConditionsChecks checks;

    private final ConditionsAnswerSets answerSets;

    private final Clock clock;

    ConditionsService(TrajectoryService trajectoryService, ConditionsChecks checks, ConditionsAnswerSets answerSets,
            Clock clock) {
        this.trajectoryService = trajectoryService;
        this.checks = checks;
        this.answerSets = answerSets;
        this.clock = clock;
    }

    /** Opens the trajectory's next round. */
    public ConditionsCheck openRound(TrajectoryId trajectoryId) {
        Trajectory trajectory = trajectoryService.get(trajectoryId);
        return checks.save(new ConditionsCheck(trajectory, checks.lastPeriodNumber(trajectoryId) + 1, clock.instant()));
    }

    /** Stores a participant's answers to a round; once per participant per round. */
    public ConditionsAnswerSet answer(ConditionsCheckId checkId, AnswerConditions answers) {
        ConditionsCheck check = get(checkId);
        Trajectory trajectory = trajectoryService.get(check.trajectoryId());
        ConditionsAnswerSet answerSet = new ConditionsAnswerSet(check, trajectory, answers, clock.instant());
        if (answerSets.existsByCheckIdAndParticipantId(checkId, answerSet.participantId())) {
            throw new RuleViolationException("participantId", "conditions.already-answered",
                    "participant " + answerSet.participantId() + " already answered round " + check.periodNumber());
        }
        return answerSets.save(answerSet);
    }

    /**
     * Per condition, in the handbook's order: the residents' and professionals' averages and the gap
     * between them, each average only when enough of that group answered ({@link SmallGroupPrivacy}).
     */
    @Transactional(readOnly = true)
    public List<ConditionGap> gaps(ConditionsCheckId checkId) {
        return gaps(answerSets.averages(get(checkId).id()));
    }

    /**
     * The gaps of every round of the trajectory (as {@link #gaps(ConditionsCheckId)}), by round: the
     * averages of all rounds in one statement, the rounds in another (a round nobody answered has a
     * row per condition without averages).
     */
    @Transactional(readOnly = true)
    public Map<ConditionsCheckId, List<ConditionGap>> gapsByRound(TrajectoryId trajectoryId) {
        Map<ConditionsCheckId, List<ScoreAverage>> byRound = answerSets.averagesOfTrajectory(trajectoryId).stream()
                .collect(Collectors.groupingBy(ScoreAverage::checkId));
        Map<ConditionsCheckId, List<ConditionGap>> result = new HashMap<>();
        for (ConditionsCheck round : checks.findByTrajectoryIdOrderByPeriodNumber(trajectoryId)) {
            result.put(round.id(), gaps(byRound.getOrDefault(round.id(), List.of())));
        }
        return result;
    }

    /**
     * The rounds of the trajectory the participant answered, oldest first, each with its outcome (as
     * {@link #gaps(ConditionsCheckId)}, with the same {@link SmallGroupPrivacy}): a resident sees the
     * outcome of every check they took part in, and of no other.
     */
    @Transactional(readOnly = true)
    public Map<ConditionsCheck, List<ConditionGap>> outcomesAnsweredBy(TrajectoryId trajectoryId, ParticipantId participantId) {
        Map<ConditionsCheckId, List<ConditionGap>> gapsByRound = gapsByRound(trajectoryId);
        Map<ConditionsCheck, List<ConditionGap>> result = new LinkedHashMap<>();
        for (ConditionsCheck round : checks.findByTrajectoryIdOrderByPeriodNumber(trajectoryId)) {
            if (answerSets.existsByCheckIdAndParticipantId(round.id(), participantId)) {
                result.put(round, gapsByRound.get(round.id()));
            }
        }
        return result;
    }

    private static List<ConditionGap> gaps(List<ScoreAverage> scores) {
        Map<PersonKind, Map<Condition, ScoreAverage>> averages = scores.stream()
                .collect(Collectors.groupingBy(ScoreAverage::kind,
                        Collectors.toMap(ScoreAverage::condition, Function.identity())));
        return Arrays.stream(Condition.values()).map(condition -> {
            Optional<ScoreAverage> residents = Optional.ofNullable(averages.getOrDefault(PersonKind.RESIDENT, Map.of()).get(condition));
            Optional<ScoreAverage> professionals = Optional.ofNullable(averages.getOrDefault(PersonKind.PROFESSIONAL, Map.of()).get(condition));
            long residentAnswers = residents.map(ScoreAverage::answers).orElse(0L);
            long professionalAnswers = professionals.map(ScoreAverage::answers).orElse(0L);
            Double residentAverage = SmallGroupPrivacy.shown(residents.map(ScoreAverage::average).orElse(null), residentAnswers);
            Double professionalAverage = SmallGroupPrivacy.shown(professionals.map(ScoreAverage::average).orElse(null),
                    professionalAnswers);
            Double gap = residentAverage == null || professionalAverage == null ? null : residentAverage - professionalAverage;
            return new ConditionGap(condition, residentAverage, professionalAverage, gap, residentAnswers, professionalAnswers);
        }).toList();
    }

    @Transactional(readOnly = true)
    public ConditionsCheck get(ConditionsCheckId checkId) {
        return checks.findById(checkId).orElseThrow(() -> new NotFoundException("conditions check", checkId));
    }

    /** The trajectory's rounds, first to last. */
    @Transactional(readOnly = true)
    public List<ConditionsCheck> rounds(TrajectoryId trajectoryId) {
        return checks.findByTrajectoryIdOrderByPeriodNumber(trajectoryService.get(trajectoryId).id());
    }

    /** The answers given in a round, first to last. */
    @Transactional(readOnly = true)
    public List<ConditionsAnswerSet> answerSets(ConditionsCheckId checkId) {
        return answerSets.findByCheckIdOrderByAnsweredAt(get(checkId).id());
    }
}
