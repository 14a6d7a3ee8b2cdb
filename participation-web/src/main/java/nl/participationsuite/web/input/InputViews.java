package nl.participationsuite.web.input;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.participationsuite.domain.input.AnswerDelivery;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import org.springframework.stereotype.Component;

/** Resident input as the API shows it: people by display name only, and whether it is overdue now. */
@Component
public class InputViews {

    private final People people;

    private final Clock clock;

    InputViews(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** One input; {@code overdue} when it is not answered and past its due date. */
    public record Summary(InputId id, ParticipantId residentParticipantId, String residentName, InputChannel channel,
            String topic, String text, Instant receivedAt, Instant dueAt, InputStatus status, String feedback,
            Instant feedbackAt, Instant escalatedAt, boolean overdue) {
    }

    /** One step of the input's timeline: when, which status, by whom. */
    public record StatusChange(Instant at, InputStatus status, String by) {
    }

    /**
     * An input with who recorded it on the resident's behalf (or null), who answered it, its timeline,
     * the latest interim answer (or null), how the answer reached the resident (null while unanswered),
     * and whether the resident can read an answer in the portal.
     */
    public record Details(Summary input, String recordedOnBehalfBy, String feedbackBy, List<StatusChange> history,
            Interim interim, AnswerDelivery passedOn, boolean residentHasAccount) {
    }

    /** An interim answer: what is being done, by whom, when, and the day the answer can be expected. */
    public record Interim(String text, Instant at, String by, LocalDate expectedOn) {
    }

    public List<Summary> summaries(Trajectory trajectory, List<ResidentInput> inputs) {
        Map<ParticipantId, PersonId> personOf = personOfParticipant(trajectory);
        Map<PersonId, Person> known = people(inputs.stream().map(input -> personOf.get(input.participantId())).toList());
        Instant now = clock.instant();
        return inputs.stream().map(input -> summary(input, personOf, known, now)).toList();
    }

    public Details details(Trajectory trajectory, ResidentInput input) {
        Map<ParticipantId, PersonId> personOf = personOfParticipant(trajectory);
        Set<PersonId> ids = new HashSet<>();
        ids.add(personOf.get(input.participantId()));
        ids.add(input.recordedOnBehalfBy());
        ids.add(input.feedbackBy());
        ids.add(input.interimBy());
        input.history().forEach(change -> ids.add(change.changedBy()));
        Map<PersonId, Person> known = people(ids);
        List<StatusChange> history = input.history().stream()
                .map(change -> new StatusChange(change.changedAt(), change.status(), name(known, change.changedBy())))
                .toList();
        Person resident = known.get(personOf.get(input.participantId()));
        Interim interim = input.interimAnswer() == null ? null : new Interim(input.interimAnswer(), input.interimAt(),
                name(known, input.interimBy()), input.expectedAnswerOn());
        return new Details(summary(input, personOf, known, clock.instant()), name(known, input.recordedOnBehalfBy()),
                name(known, input.feedbackBy()), history, interim, input.answerPassedOn(),
                resident != null && resident.hasAccount());
    }

    private Summary summary(ResidentInput input, Map<ParticipantId, PersonId> personOf, Map<PersonId, Person> known,
            Instant now) {
        return new Summary(input.id(), input.participantId(), name(known, personOf.get(input.participantId())),
                input.channel(), input.topic(), input.text(), input.receivedAt(), input.dueAt(), input.status(),
                input.feedback(), input.feedbackAt(), input.escalatedAt(), input.isLate(now));
    }

    private static Map<ParticipantId, PersonId> personOfParticipant(Trajectory trajectory) {
        return trajectory.participants().stream().collect(Collectors.toMap(Participant::id, Participant::personId));
    }

    private Map<PersonId, Person> people(Iterable<PersonId> ids) {
        Set<PersonId> wanted = new HashSet<>();
        ids.forEach(id -> {
            if (id != null) {
                wanted.add(id);
            }
        });
        return people.findByIdIn(wanted).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    private static String name(Map<PersonId, Person> known, PersonId id) {
        Person person = id == null ? null : known.get(id);
        return person == null ? null : person.displayName();
    }
}
