package nl.participationsuite.web.workspace.coordination;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import org.springframework.stereotype.Component;

/** The participants of a trajectory as a form offers them: by name, in alphabetical order. */
@Component
class ResidentOptions {

    private final People people;

    ResidentOptions(People people) {
        this.people = people;
    }

    /** The residents still taking part. */
    List<Option> activeResidents(Trajectory trajectory) {
        return options(trajectory.activeResidents());
    }

    /** The professionals still taking part (the coordinator among them). */
    List<Option> activeProfessionals(Trajectory trajectory) {
        return options(trajectory.activeParticipants().stream().filter(participant -> !participant.isResident())
                .toList());
    }

    private List<Option> options(List<Participant> participants) {
        Map<PersonId, Person> byId = people.findByIdIn(participants.stream().map(Participant::personId).toList())
                .stream().collect(Collectors.toMap(Person::id, Function.identity()));
        return participants.stream()
                .map(participant -> new Option(participant.id().value(), byId.get(participant.personId()).displayName()))
                .sorted(Comparator.comparing(Option::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** A participant to choose: the participant's id and the person's name. */
    record Option(UUID id, String name) {
    }
}
