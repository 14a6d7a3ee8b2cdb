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
import nl.participationsuite.domain.support.SupportKind;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportRequestId;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
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

@WebSliceTest(SupportDecisionController.class)
class SupportDecisionControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    SupportService support;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private final SupportRequest request = Mockito.mock(SupportRequest.class);

    private String path;

    @BeforeEach
    void aCoordinatorAndARequestOfTheirTrajectory() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        SupportRequestId id = SupportRequestId.random();
        when(request.id()).thenReturn(id);
        TrajectoryId trajectoryId = trajectory.id();
        when(request.trajectoryId()).thenReturn(trajectoryId);
        when(request.kind()).thenReturn(SupportKind.TRAVEL_COST);
        when(support.get(id)).thenReturn(request);
        path = "/werkruimte/trajecten/" + trajectory.id() + "/ondersteuning/" + id;
    }

    @Test
    void approvesTheRequest() throws Exception {
        mvc.perform(post(path + "/goedkeuren").with(Coordination.coordinator()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.support-approved")));
        verify(support).approve(request.id(), Coordination.COORDINATOR.id());
    }

    @Test
    void saysSoWhenTheRequestWasDecidedAlready() throws Exception {
        when(support.approve(request.id(), Coordination.COORDINATOR.id()))
                .thenThrow(new RuleViolationException("status", "support.already-decided", "decided"));

        mvc.perform(post(path + "/goedkeuren").with(Coordination.coordinator()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.problem("rule.support.already-decided")));
    }

    @Test
    void recordsThatAnApprovedRequestWasPaid() throws Exception {
        mvc.perform(post(path + "/betaald").with(Coordination.coordinator()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.support-paid")));
        verify(support).markPaid(request.id());
    }

    @Test
    void saysSoWhenARequestIsNotApprovedOrPaidAlready() throws Exception {
        when(support.markPaid(request.id()))
                .thenThrow(new RuleViolationException("status", "support.not-approved", "only approved, once"));

        mvc.perform(post(path + "/betaald").with(Coordination.coordinator()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.problem("rule.support.not-approved")));
    }

    @Test
    void asksTheReasonBeforeRejecting() throws Exception {
        mvc.perform(get(path + "/afwijzen").with(Coordination.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een aanvraag voor ondersteuning afwijzen")))
                .andExpect(content().string(containsString("Het gaat om een aanvraag voor reiskosten.")))
                .andExpect(content().string(containsString("<label for=\"reason\">Reden</label>")));

        mvc.perform(post(path + "/afwijzen").with(Coordination.coordinator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(containsString("<a href=\"#reason\">Reden – Vul dit veld in.</a>")));
        verify(support, never()).reject(any(), any(), any());
    }

    @Test
    void rejectsWithTheReason() throws Exception {
        mvc.perform(post(path + "/afwijzen").with(Coordination.coordinator()).with(csrf())
                        .param("reason", "De training valt buiten het traject."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.support-rejected")));
        verify(support).reject(request.id(), Coordination.COORDINATOR.id(), "De training valt buiten het traject.");
    }

    @Test
    void hidesARequestOfAnotherTrajectory() throws Exception {
        when(request.trajectoryId()).thenReturn(TrajectoryId.random());

        mvc.perform(post(path + "/goedkeuren").with(Coordination.coordinator()).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(path + "/afwijzen").with(Coordination.coordinator()).with(csrf()).param("reason", "Nee"))
                .andExpect(status().isNotFound());
        mvc.perform(post(path + "/betaald").with(Coordination.coordinator()).with(csrf()))
                .andExpect(status().isNotFound());
        verify(support, never()).markPaid(any());
        verify(support, never()).approve(any(), any());
        verify(support, never()).reject(any(), any(), any());
    }

    @Test
    void refusesAnyoneButTheCoordinator() throws Exception {
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id()))
                .thenThrow(Coordination.notTheCoordinator());

        mvc.perform(post(path + "/goedkeuren").with(Coordination.professional()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(path + "/afwijzen").with(Coordination.professional())).andExpect(status().isForbidden());
        mvc.perform(post(path + "/betaald").with(Coordination.professional()).with(csrf()))
                .andExpect(status().isForbidden());
        verify(support, never()).approve(any(), any());
        verify(support, never()).markPaid(any());
    }

    @Test
    void answersAnUnknownRequestAsNotFound() throws Exception {
        SupportRequestId unknown = SupportRequestId.random();
        when(support.get(unknown)).thenThrow(new NotFoundException("support request", unknown));

        mvc.perform(post("/werkruimte/trajecten/" + trajectory.id() + "/ondersteuning/" + unknown + "/goedkeuren")
                .with(Coordination.coordinator()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        mvc.perform(post(path + "/goedkeuren").with(Coordination.coordinator())).andExpect(status().isForbidden());
        mvc.perform(post(path + "/afwijzen").with(Coordination.coordinator()).param("reason", "Nee"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/betaald").with(Coordination.coordinator())).andExpect(status().isForbidden());
        verify(support, never()).markPaid(any());
        verify(support, never()).approve(any(), any());
        verify(support, never()).reject(any(), any(), any());
    }
}
