package nl.participationsuite.testsupport;

import java.util.ArrayList;
import java.util.List;

import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;

/** Starts a trajectory with a professional coordinator, a number of residents and other professionals taking part. */
public class TrajectoryFixture {

    private final TrajectoryService trajectoryService;

    private final Organisations organisations;

    private final People people;

    public TrajectoryFixture(TrajectoryService trajectoryService, Organisations organisations, People people) {
        this.trajectoryService = trajectoryService;
        this.organisations = organisations;
        this.people = people;
    }

    public void close(TrajectoryId trajectoryId) {
        trajectoryService.close(trajectoryId);
    }

    /** A trajectory; {@code professionals} counts the coordinator, who always takes part. */
    public Setup trajectoryWith(int residents, int professionals) {
        Organisation ggd = organisations.save(new Organisation("GGD IJsselland", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        Person coordinator = people.save(Person.professional("Marieke de Vries", null, null, ggd.id()));
        Trajectory trajectory = trajectoryService.start(new StartTrajectory("Samen gezond in de wijk",
                "Lokaal gezondheidsbeleid", "Dalfsen-Noord", TrajectoryKind.ORGANISATION_PROJECT,
                ParticipationLevel.PARTICIPATION, ggd.id(), coordinator.id(), coordinator.id(), null, null));
        List<ParticipantId> professionalIds = new ArrayList<>();
        professionalIds.add(trajectory.participantOf(coordinator.id()).orElseThrow().id());
        for (int i = 1; i < professionals; i++) {
            Person professional = people.save(Person.professional("Professional " + i, null, null, ggd.id()));
            professionalIds.add(trajectoryService.addParticipant(trajectory.id(), professional.id()).id());
        }
        List<ParticipantId> residentIds = new ArrayList<>();
        for (int i = 1; i <= residents; i++) {
            // The first resident signs in to the portal; the others were recruited without an account.
            String account = i == 1 ? "resident-" + java.util.UUID.randomUUID() : null;
            Person resident = people.save(Person.resident("Resident " + i, null, null, account));
            residentIds.add(trajectoryService.addParticipant(trajectory.id(), resident.id()).id());
        }
        return new Setup(trajectoryService.get(trajectory.id()), coordinator.id(), residentIds, professionalIds);
    }

    /** A started trajectory and who takes part in it: the first resident has a portal account, the others not. */
    public record Setup(Trajectory trajectory, PersonId coordinator, List<ParticipantId> residents,
            List<ParticipantId> professionals) {

        public TrajectoryId id() {
            return trajectory.id();
        }

        public ParticipantId resident(int index) {
            return residents.get(index);
        }

        public ParticipantId professional(int index) {
            return professionals.get(index);
        }

        /** The person behind a participant. */
        public PersonId person(ParticipantId participant) {
            return trajectory.participant(participant).personId();
        }

        public List<ParticipantId> everyone() {
            List<ParticipantId> all = new ArrayList<>(professionals);
            all.addAll(residents);
            return all;
        }
    }
}
