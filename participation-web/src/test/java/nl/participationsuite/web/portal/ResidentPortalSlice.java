package nl.participationsuite.web.portal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the portal's slice tests share: the signed-in resident, the trajectories they take part in
 * (mocked as the domain answers them: visible to them, with their participants known by name), and
 * a fixed clock. Any other trajectory id is not found, as the domain's visibility rule says.
 */
public final class ResidentPortalSlice {

    public static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final TrajectoryService trajectories;

    private final Person me;

    private final List<Trajectory> mine = new ArrayList<>();

    private final List<Person> people = new ArrayList<>();

    public ResidentPortalSlice(TrajectoryService trajectories, People peopleRepository, Person me) {
        this.trajectories = trajectories;
        this.me = me;
        when(trajectories.visibleTo(eq(me.id()), any(Pageable.class))).thenAnswer(call -> new PageImpl<>(mine));
        when(trajectories.visibleTo(any(TrajectoryId.class), eq(me.id())))
                .thenAnswer(call -> mine.stream().filter(t -> t.id().equals(call.getArgument(0))).findFirst()
                        .orElseThrow(() -> new NotFoundException("trajectory", call.getArgument(0))));
        when(trajectories.get(any(TrajectoryId.class)))
                .thenAnswer(call -> mine.stream().filter(t -> t.id().equals(call.getArgument(0))).findFirst()
                        .orElseThrow(() -> new NotFoundException("trajectory", call.getArgument(0))));
        when(peopleRepository.findByIdIn(anyCollection())).thenReturn(people);
        people.add(me);
    }

    /** A trajectory I take part in as a resident, open and without anyone else yet. */
    public Trajectory trajectory(String title) {
        Trajectory trajectory = mock(Trajectory.class);
        TrajectoryId id = TrajectoryId.random();
        List<Participant> participants = new ArrayList<>();
        when(trajectory.id()).thenReturn(id);
        when(trajectory.title()).thenReturn(title);
        when(trajectory.participants()).thenReturn(participants);
        when(trajectory.participantOf(any())).thenReturn(Optional.empty());
        mine.add(trajectory);
        join(trajectory, me, null);
        return trajectory;
    }

    /** Someone taking part; {@code steppedBackAt} null while they still do. */
    public Participant join(Trajectory trajectory, Person person, Instant steppedBackAt) {
        Participant participant = mock(Participant.class);
        ParticipantId id = ParticipantId.random();
        when(participant.id()).thenReturn(id);
        when(participant.personId()).thenReturn(person.id());
        when(participant.kind()).thenReturn(person.kind());
        when(participant.isResident()).thenReturn(person.kind() == PersonKind.RESIDENT);
        when(participant.isActive()).thenReturn(steppedBackAt == null);
        when(participant.steppedBackAt()).thenReturn(steppedBackAt);
        when(trajectory.participant(id)).thenReturn(participant);
        when(trajectory.participantOf(person.id())).thenReturn(Optional.of(participant));
        trajectory.participants().add(participant);
        if (!people.contains(person)) {
            people.add(person);
        }
        return participant;
    }

    /** My own place in the trajectory. */
    public Participant mine(Trajectory trajectory) {
        return trajectory.participantOf(me.id()).orElseThrow();
    }

    public static OidcLoginRequestPostProcessor resident() {
        return oidcLogin().authorities(Role.RESIDENT.authority());
    }

    public static OidcLoginRequestPostProcessor professional() {
        return oidcLogin().authorities(Role.PROFESSIONAL.authority());
    }

    /** The page with its white space collapsed, for assertions on markup. */
    public static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
        }
    }
}
