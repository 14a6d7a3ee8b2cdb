package nl.participationsuite.web.workspace.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;

/**
 * The people of a trajectory as the coordinator's task forms name them: by display name, marked
 * resident or professional. Forms only ever show and post participant ids, never person ids.
 */
@Component
class TaskParticipants {

    private final People people;

    TaskParticipants(People people) {
        this.people = people;
    }

    /** Everyone still taking part, in the order they joined. */
    List<Named> active(Trajectory trajectory) {
        return named(trajectory, trajectory.activeParticipants());
    }

    /** Everyone who ever took part, by participant id (also those who stepped back, whose words still count). */
    Map<ParticipantId, Named> all(Trajectory trajectory) {
        return named(trajectory, trajectory.participants()).stream()
                .collect(Collectors.toMap(named -> new ParticipantId(named.id()), Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private List<Named> named(Trajectory trajectory, List<Participant> participants) {
        Map<PersonId, Person> persons = people.findByIdIn(participants.stream().map(Participant::personId).toList())
                .stream().collect(Collectors.toMap(Person::id, Function.identity()));
        return participants.stream().map(participant -> {
            Person person = persons.get(participant.personId());
            return new Named(participant.id().value(), person == null ? "?" : person.displayName(),
                    participant.isResident());
        }).toList();
    }

    /** One participant: the id forms post, the name people know them by, and whether they are a resident. */
    record Named(UUID id, String name, boolean resident) {
    }
}
