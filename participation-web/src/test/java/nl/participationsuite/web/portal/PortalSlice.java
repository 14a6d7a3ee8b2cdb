package nl.participationsuite.web.portal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.web.security.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

/** What the portal's slice tests share: a fixed clock, the three kinds of users, trajectories a resident takes part in. */
final class PortalSlice {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private PortalSlice() {
    }

    /** A trajectory in a phase, in which the person takes part (or took part, when {@code active} is false). */
    static Trajectory trajectory(String title, Phase phase, PersonId member, boolean active, PersonId contactPerson) {
        Trajectory trajectory = mock(Trajectory.class);
        TrajectoryId id = TrajectoryId.random();
        when(trajectory.id()).thenReturn(id);
        when(trajectory.title()).thenReturn(title);
        when(trajectory.reference()).thenReturn("PT-2026-0031");
        when(trajectory.phase()).thenReturn(phase);
        when(trajectory.contactPersonId()).thenReturn(contactPerson);
        Participant participant = mock(Participant.class);
        when(participant.id()).thenReturn(ParticipantId.random());
        when(participant.personId()).thenReturn(member);
        when(participant.isActive()).thenReturn(active);
        when(trajectory.participantOf(member)).thenReturn(Optional.of(participant));
        return trajectory;
    }

    static Person anouk() {
        return Person.resident("Anouk Jansen", null, null, "subject-anouk");
    }

    static OidcLoginRequestPostProcessor resident() {
        return oidcLogin().authorities(Role.RESIDENT.authority());
    }

    static OidcLoginRequestPostProcessor professional() {
        return oidcLogin().authorities(Role.PROFESSIONAL.authority());
    }

    /** The page's HTML with runs of white space as one space. */
    static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
        }
    }
}
