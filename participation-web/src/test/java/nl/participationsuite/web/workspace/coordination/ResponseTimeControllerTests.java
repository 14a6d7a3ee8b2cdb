package nl.participationsuite.web.workspace.coordination;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import nl.participationsuite.domain.trajectory.ResponseTime;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(ResponseTimeController.class)
class ResponseTimeControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private String path;

    @BeforeEach
    void aCoordinatorOfATrajectoryWithTheDefaultResponseTime() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectory.responseTime()).thenReturn(ResponseTime.DEFAULT);
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        path = "/werkruimte/trajecten/" + trajectory.id() + "/reactietermijn";
    }

    @Test
    void showsTheCurrentResponseTimeAndWhatItIsFor() throws Exception {
        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>De reactietermijn instellen</h1>")))
                .andExpect(content().string(containsString("<label for=\"responseDays\">Reactietermijn in dagen</label>")))
                .andExpect(content().string(containsString("id=\"responseDays\" name=\"responseDays\" value=\"14\"")))
                .andExpect(content().string(containsString("Een heel getal van 1 tot en met 90.")));
    }

    @Test
    void savesTheNewResponseTime() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("responseDays", "7"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.response-time-changed")));

        verify(trajectories).changeResponseTime(trajectory.id(), new ResponseTime(7));
    }

    @Test
    void refusesNoDaysTooFewTooManyAndNoNumberWithAFieldError() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("responseDays", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#responseDays\">Reactietermijn in dagen – ")))
                .andExpect(content().string(containsString("id=\"responseDays-error\"")));
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("responseDays", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reactietermijn in dagen – Vul minstens 1 in.")));
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("responseDays", "91"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reactietermijn in dagen – Vul hoogstens 90 in.")));
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("responseDays", "twee\u0007weken"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul een heel aantal dagen in, bijvoorbeeld 14.")))
                .andExpect(content().string(not(containsString("\u0007"))));
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("responseDays", "99999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"responseDays-error\"")));

        verify(trajectories, never()).changeResponseTime(any(), any());
    }

    @Test
    void aClosedTrajectoryKeepsItsResponseTime() throws Exception {
        Mockito.doThrow(new RuleViolationException("trajectory", "trajectory.closed", "closed"))
                .when(trajectories).changeResponseTime(any(), any());

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("responseDays", "7"))
                .andExpect(status().isFound())
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
        mvc.perform(post(path).with(Coordination.professional()).with(csrf()).param("responseDays", "7"))
                .andExpect(status().isForbidden());

        Mockito.reset(trajectories);
        when(trajectories.coordinatedBy(any(), any())).thenThrow(new NotFoundException("trajectory", "elsewhere"));
        mvc.perform(get(path).with(Coordination.coordinator())).andExpect(status().isNotFound());
        verify(trajectories, never()).changeResponseTime(any(), any());
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).param("responseDays", "7")).andExpect(status().isForbidden());
        verify(trajectories, never()).changeResponseTime(any(), any());
    }
}
