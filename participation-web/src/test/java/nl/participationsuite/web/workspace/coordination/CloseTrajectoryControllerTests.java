package nl.participationsuite.web.workspace.coordination;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.trajectory.TrajectoryClosure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(CloseTrajectoryController.class)
class CloseTrajectoryControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    TrajectoryClosure closure;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private String path;

    @BeforeEach
    void aCoordinatorOfTheTrajectory() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        path = "/werkruimte/trajecten/" + trajectory.id() + "/afsluiten";
    }

    @Test
    void explainsWhatClosingMeansBeforeAskingTheReason() throws Exception {
        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het traject nu afsluiten")))
                .andExpect(content().string(containsString("Alle open taken van het traject vervallen.")))
                .andExpect(content().string(containsString("Alles wat is vastgelegd, blijft bewaard")))
                .andExpect(content().string(containsString("<label for=\"reason\">Waarom stopt het traject?</label>")));
    }

    @Test
    void closesTheTrajectoryWithTheReason() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("reason", "De subsidie stopt."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.closed")));

        verify(closure).closeEarly(trajectory.id(), Coordination.COORDINATOR.id(), "De subsidie stopt.");
    }

    @Test
    void asksTheReason() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#reason\">Waarom stopt het traject? – Vul dit veld in.</a>")))
                .andExpect(content().string(containsString("id=\"reason-error\"")));
        verify(closure, never()).closeEarly(any(), any(), any());
    }

    @Test
    void refusesClosingTwiceClearly() throws Exception {
        Mockito.doThrow(new RuleViolationException("trajectory", "trajectory.closed", "closed"))
                .when(closure).closeEarly(any(), any(), any());

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("reason", "Nog eens"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.problem("rule.trajectory.closed")));

        when(trajectory.isClosed()).thenReturn(true);
        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.problem("rule.trajectory.closed")));
    }

    @Test
    void refusesAnyoneButTheCoordinatorAndHidesOtherTrajectories() throws Exception {
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id()))
                .thenThrow(Coordination.notTheCoordinator());
        mvc.perform(get(path).with(Coordination.professional())).andExpect(status().isForbidden());
        mvc.perform(post(path).with(Coordination.professional()).with(csrf()).param("reason", "Weg"))
                .andExpect(status().isForbidden());

        Mockito.reset(trajectories);
        when(trajectories.coordinatedBy(any(), any())).thenThrow(new NotFoundException("trajectory", "elsewhere"));
        mvc.perform(get(path).with(Coordination.coordinator())).andExpect(status().isNotFound());
        verify(closure, never()).closeEarly(any(), any(), any());
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).param("reason", "Weg")).andExpect(status().isForbidden());
        verify(closure, never()).closeEarly(any(), any(), any());
    }
}
