package nl.participationsuite.web.workspace.coordination;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.web.security.Role;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** What the coordination slice tests share: a coordinator, their trajectory, and the refusal others get. */
final class Coordination {

    static final Person COORDINATOR = Person.professional("Marieke de Vries", null, "coordinator-subject",
            OrganisationId.random());

    private Coordination() {
    }

    static OidcLoginRequestPostProcessor coordinator() {
        return oidcLogin().authorities(Role.COORDINATOR.authority(), Role.PROFESSIONAL.authority());
    }

    static OidcLoginRequestPostProcessor professional() {
        return oidcLogin().authorities(Role.PROFESSIONAL.authority());
    }

    /** An open trajectory coordinated by {@link #COORDINATOR}. */
    static Trajectory trajectory() {
        Trajectory trajectory = mock(Trajectory.class);
        when(trajectory.id()).thenReturn(TrajectoryId.random());
        when(trajectory.reference()).thenReturn("PT-2026-0007");
        when(trajectory.title()).thenReturn("Samen gezond in Lemelerveld");
        when(trajectory.coordinatorId()).thenReturn(COORDINATOR.id());
        return trajectory;
    }

    static NotAllowedException notTheCoordinator() {
        return new NotAllowedException("trajectory.not-your-coordination", "only the coordinator does this");
    }
}
