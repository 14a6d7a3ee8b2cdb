package nl.participationsuite.web.taskforms;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;

/**
 * Who is who on a task form: people by their display name only (never their contact details), in
 * one query per page, for the workspace and the portal alike.
 */
@Component
public class ParticipantNames {

    private final People people;

    ParticipantNames(People people) {
        this.people = people;
    }

    /** The display names of these people; unknown ids are left out. */
    public Map<PersonId, String> of(Collection<PersonId> ids) {
        Set<PersonId> wanted = new HashSet<>(ids);
        wanted.remove(null);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return people.findByIdIn(wanted).stream().collect(Collectors.toMap(Person::id, Person::displayName));
    }

    /** The display name of every participant of the trajectory, stepped back or not. */
    public Map<ParticipantId, String> ofParticipants(Trajectory trajectory) {
        Map<PersonId, String> names = of(trajectory.participants().stream().map(participant -> participant.personId()).toList());
        return trajectory.participants().stream()
                .filter(participant -> names.containsKey(participant.personId()))
                .collect(Collectors.toMap(participant -> participant.id(), participant -> names.get(participant.personId()), (a, b) -> a));
    }

    /** One person's display name, or null when unknown. */
    public String of(PersonId id) {
        return id == null ? null : of(Set.of(id)).get(id);
    }
}
