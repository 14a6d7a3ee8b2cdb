package nl.participationsuite.web.api.trajectories;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectorySummary;
import org.springframework.stereotype.Component;

/** Trajectories as the API shows them: people by display name only. */
@Component
class TrajectoryViews {

    private final People people;

    TrajectoryViews(People people) {
        this.people = people;
    }

    record Summary(UUID id, String reference, String title, String topic, String area, TrajectoryKind kind,
            ParticipationLevel intendedLevel, Phase phase, int cycle, Instant startedAt, Instant closedAt) {
    }

    record PersonView(UUID id, String displayName) {
    }

    record ParticipantView(UUID id, UUID personId, String displayName, PersonKind kind, Instant joinedAt,
            Instant steppedBackAt) {
    }

    record Details(Summary trajectory, PersonView coordinator, PersonView contactPerson, int minimumResidents,
            int minimumChannels, List<ParticipantView> participants) {
    }

    Summary summary(TrajectorySummary trajectory) {
        return new Summary(trajectory.id().value(), trajectory.reference(), trajectory.title(), trajectory.topic(),
                trajectory.area(), trajectory.kind(), trajectory.intendedLevel(), trajectory.phase(), trajectory.cycle(),
                trajectory.startedAt(), trajectory.closedAt());
    }

    Summary summary(Trajectory trajectory) {
        return new Summary(trajectory.id().value(), trajectory.reference(), trajectory.title(), trajectory.topic(),
                trajectory.area(), trajectory.kind(), trajectory.intendedLevel(), trajectory.phase(), trajectory.cycle(),
                trajectory.startedAt(), trajectory.closedAt());
    }

    Details details(Trajectory trajectory) {
        List<PersonId> ids = trajectory.participants().stream().map(participant -> participant.personId()).toList();
        Map<PersonId, Person> byId = people.findByIdIn(ids).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        List<ParticipantView> participants = trajectory.participants().stream()
                .map(participant -> new ParticipantView(participant.id().value(), participant.personId().value(),
                        byId.get(participant.personId()).displayName(), participant.kind(), participant.joinedAt(),
                        participant.steppedBackAt()))
                .toList();
        return new Details(summary(trajectory), person(byId, trajectory.coordinatorId()),
                person(byId, trajectory.contactPersonId()), trajectory.minimumResidents(), trajectory.minimumChannels(),
                participants);
    }

    private PersonView person(Map<PersonId, Person> known, PersonId id) {
        Person person = known.containsKey(id) ? known.get(id) : people.findById(id).orElseThrow();
        return new PersonView(id.value(), person.displayName());
    }
}
