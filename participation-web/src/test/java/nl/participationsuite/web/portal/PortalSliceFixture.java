package nl.participationsuite.web.portal;

import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the portal's slice tests share: a fixed clock, and a resident taking part in trajectories
 * (mocked the way the domain answers: their own ones visible, others not).
 */
public final class PortalSliceFixture {

    public static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private PortalSliceFixture() {
    }

    /** One trajectory the resident takes part in, with their participant id. */
    public record Membership(Trajectory trajectory, ParticipantId participant) {

        public TrajectoryId id() {
            return trajectory.id();
        }
    }

    /** The resident takes part in a trajectory with this title; every call adds one, newest first. */
    public static Membership takesPart(TrajectoryService trajectories, Person resident, String title,
            List<Trajectory> all) {
        Trajectory trajectory = mock(Trajectory.class);
        TrajectoryId id = TrajectoryId.random();
        when(trajectory.id()).thenReturn(id);
        when(trajectory.title()).thenReturn(title);
        Participant participant = mock(Participant.class);
        ParticipantId participantId = ParticipantId.random();
        when(participant.id()).thenReturn(participantId);
        when(participant.personId()).thenReturn(resident.id());
        when(participant.isResident()).thenReturn(true);
        when(trajectory.participantOf(resident.id())).thenReturn(Optional.of(participant));
        when(trajectory.participants()).thenReturn(List.of(participant));
        doReturn(trajectory).when(trajectories).visibleTo(id, resident.id());
        when(trajectories.get(id)).thenReturn(trajectory);
        all.add(0, trajectory);
        when(trajectories.takingPartIn(resident.id())).thenReturn(List.copyOf(all));
        return new Membership(trajectory, participantId);
    }

    @TestConfiguration
    public static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
        }
    }
}
