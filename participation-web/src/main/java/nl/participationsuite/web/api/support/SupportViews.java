package nl.participationsuite.web.api.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.participationsuite.domain.support.SupportInvestment;
import nl.participationsuite.domain.support.SupportKind;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportRequestId;
import nl.participationsuite.domain.support.SupportStatus;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import org.springframework.stereotype.Component;

/** Support requests as the API shows them: amounts in euro cents, people by display name only. */
@Component
class SupportViews {

    private final People people;

    SupportViews(People people) {
        this.people = people;
    }

    /**
     * One request. The trip fields are set for travel costs, the training fields for a training;
     * {@code amountCents} is null for a training without cost.
     */
    record Request(SupportRequestId id, ParticipantId participantId, String residentName, SupportKind kind,
            LocalDate tripDate, String tripFrom, String tripTo, String trainingName, String trainingProvider,
            Long amountCents, SupportStatus status, Instant requestedAt, String decidedBy, Instant decidedAt,
            String rejectionReason, Instant paidAt) {
    }

    /** What the trajectory invests in its residents, in euro cents: approved and not paid yet, paid, and both. */
    record Investment(long approvedCents, long paidCents, long totalCents) {
    }

    List<Request> requests(Trajectory trajectory, List<SupportRequest> requests) {
        Map<ParticipantId, PersonId> personOf = trajectory.participants().stream()
                .collect(Collectors.toMap(Participant::id, Participant::personId));
        Set<PersonId> ids = new HashSet<>();
        requests.forEach(request -> {
            ids.add(personOf.get(request.participantId()));
            ids.add(request.decidedBy());
        });
        ids.remove(null);
        Map<PersonId, Person> known = people.findByIdIn(ids).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        return requests.stream()
                .map(request -> new Request(request.id(), request.participantId(),
                        name(known, personOf.get(request.participantId())), request.kind(), request.tripDate(),
                        request.tripFrom(), request.tripTo(), request.trainingName(), request.trainingProvider(),
                        request.amountCents(), request.status(), request.requestedAt(), name(known, request.decidedBy()),
                        request.decidedAt(), request.rejectionReason(), request.paidAt()))
                .toList();
    }

    Request request(Trajectory trajectory, SupportRequest request) {
        return requests(trajectory, List.of(request)).get(0);
    }

    Investment investment(SupportInvestment investment) {
        return new Investment(investment.approvedCents(), investment.paidCents(), investment.totalCents());
    }

    private static String name(Map<PersonId, Person> known, PersonId id) {
        Person person = id == null ? null : known.get(id);
        return person == null ? null : person.displayName();
    }
}
