package nl.participationsuite.domain.input;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;

/** Receiving resident input, considering it and answering it with feedback, on time or escalated. */
@Service
@Transactional
public class InputService {

    private final Inputs inputs;

    private final TrajectoryService trajectories;

    private final InputSettings settings;

    private final People people;

    private final Clock clock;

    InputService(Inputs inputs, TrajectoryService trajectories, InputSettings settings, People people, Clock clock) {
        this.inputs = inputs;
        this.trajectories = trajectories;
        this.people = people;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records a resident's input; due for an answer one response time after it was received. */
    public ResidentInput receive(ReceiveInput input) {
        if (input == null || input.trajectoryId() == null) {
            throw new RuleViolationException("trajectoryId", "required", "trajectoryId is required");
        }
        Trajectory trajectory = openTrajectory(input.trajectoryId());
        return inputs.save(new ResidentInput(trajectory, input, settings.responseTime(), clock.instant()));
    }

    /** Someone of the trajectory takes the input into consideration. */
    public ResidentInput startConsidering(InputId inputId, PersonId by) {
        ResidentInput input = get(inputId);
        requireParticipant(input, "by", by);
        input.startConsidering(by, clock.instant());
        return input;
    }

    /** Answers the input: adopted, partly adopted or not adopted, always with feedback to the resident. */
    public ResidentInput respond(InputId inputId, InputStatus status, String feedback, PersonId responder) {
        return respond(inputId, status, feedback, null, responder);
    }

    /**
     * Answers the input, saying how the answer reaches the resident: null for the portal, which only a
     * resident with a portal account can read; for any other resident the responder says how.
     */
    public ResidentInput respond(InputId inputId, InputStatus status, String feedback, AnswerDelivery passedOn,
            PersonId responder) {
        ResidentInput input = get(inputId);
        requireParticipant(input, "responder", responder);
        input.respond(status, feedback, passedOn, residentHasAccount(input), responder, clock.instant());
        return input;
    }

    /**
     * An interim answer: what is being done, and the day the real answer can be expected (a later one
     * replaces it). The input stays open for its answer.
     */
    public ResidentInput giveInterimAnswer(InputId inputId, String answer, LocalDate expectedOn, PersonId by) {
        ResidentInput input = get(inputId);
        requireParticipant(input, "by", by);
        input.giveInterimAnswer(answer, expectedOn, by, clock.instant(), LocalDate.now(clock));
        return input;
    }

    /** Whether the resident who gave the input can sign in to the portal and read an answer there. */
    private boolean residentHasAccount(ResidentInput input) {
        PersonId resident = trajectories.get(input.trajectoryId()).participant(input.participantId()).personId();
        return people.findById(resident).map(Person::hasAccount).orElse(false);
    }

    /** Records that the input was escalated for being late (refused once it is answered). */
    public ResidentInput markEscalated(InputId inputId) {
        ResidentInput input = get(inputId);
        input.markEscalated(clock.instant());
        return input;
    }

    /** The input's status changes, first to last: the resident portal's timeline. */
    @Transactional(readOnly = true)
    public List<InputStatusChange> history(InputId inputId) {
        return get(inputId).history();
    }

    @Transactional(readOnly = true)
    public ResidentInput get(InputId inputId) {
        return inputs.findById(inputId).orElseThrow(() -> new NotFoundException("input", inputId));
    }

    @Transactional(readOnly = true)
    public Optional<ResidentInput> find(InputId inputId) {
        return inputs.findById(inputId);
    }

    @Transactional(readOnly = true)
    public List<ResidentInput> ofTrajectory(TrajectoryId trajectoryId) {
        return inputs.findByTrajectoryIdOrderByReceivedAtAsc(trajectoryId);
    }

    /**
     * One page of the trajectory's input in the given status (null for any), the most recently
     * received first.
     */
    @Transactional(readOnly = true)
    public Page<ResidentInput> page(TrajectoryId trajectoryId, InputStatus status, Pageable page) {
        return inputs.findPage(trajectoryId, status, page);
    }

    /** The input of one resident participant. */
    @Transactional(readOnly = true)
    public List<ResidentInput> ofParticipant(ParticipantId participantId) {
        return inputs.findByParticipantIdOrderByReceivedAtAsc(participantId);
    }

    /** A resident's own input, in every trajectory they take part in, newest first (the resident portal). */
    @Transactional(readOnly = true)
    public List<ResidentInput> ofResident(PersonId residentId) {
        return inputs.findOfPerson(residentId);
    }

    /** One input of the resident themselves; another resident's input, or an unknown one, is not found. */
    @Transactional(readOnly = true)
    public ResidentInput ofResident(InputId inputId, PersonId residentId) {
        return inputs.findById(inputId)
                .filter(input -> trajectories.get(input.trajectoryId()).participants().stream()
                        .anyMatch(p -> p.id().equals(input.participantId()) && p.personId().equals(residentId)))
                .orElseThrow(() -> new NotFoundException("input", inputId));
    }

    /** Unanswered input past its due date that was not escalated yet. */
    @Transactional(readOnly = true)
    public List<ResidentInput> overdue() {
        return inputs.findByStatusInAndDueAtBeforeAndEscalatedAtIsNullOrderByDueAtAsc(
                List.of(InputStatus.RECEIVED, InputStatus.UNDER_CONSIDERATION), clock.instant());
    }

    private void requireParticipant(ResidentInput input, String field, PersonId person) {
        if (person == null) {
            throw new RuleViolationException(field, "required", field + " is required");
        }
        // Not only while the trajectory is open: every input is answered, also after it closed.
        if (trajectories.get(input.trajectoryId()).participantOf(person).isEmpty()) {
            throw new RuleViolationException(field, "participant.unknown",
                    "person " + person + " takes no part in the trajectory of input " + input.id());
        }
    }

    private Trajectory openTrajectory(TrajectoryId trajectoryId) {
        Trajectory trajectory = trajectories.get(trajectoryId);
        trajectory.requireOpen();
        return trajectory;
    }
}
