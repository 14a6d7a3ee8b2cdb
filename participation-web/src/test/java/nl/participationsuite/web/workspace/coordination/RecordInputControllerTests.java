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
import java.util.List;
import java.util.UUID;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.input.InputWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(RecordInputController.class)
class RecordInputControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    InputWorkflow workflow;

    @MockitoBean
    ResidentOptions residents;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private final UUID kees = UUID.randomUUID();

    private String path;

    @BeforeEach
    void aProfessionalWhoSeesTheTrajectory() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.visibleTo(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        when(residents.activeResidents(trajectory)).thenReturn(List.of(new ResidentOptions.Option(kees, "Kees Jansen")));
        path = "/werkruimte/trajecten/" + trajectory.id() + "/inbreng/nieuw";
    }

    @Test
    void offersTheActiveResidentsOfTheTrajectory() throws Exception {
        mvc.perform(get(path).with(Coordination.professional()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inbreng vastleggen voor een inwoner")))
                .andExpect(content().string(containsString("<option value=\"" + kees + "\">Kees Jansen</option>")))
                .andExpect(content().string(containsString("Aan de telefoon")))
                .andExpect(content().string(containsString("<label for=\"text\">")));
    }

    @Test
    void saysSoWhenNoResidentTakesPartYet() throws Exception {
        when(residents.activeResidents(trajectory)).thenReturn(List.of());

        mvc.perform(get(path).with(Coordination.professional()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er doen nog geen inwoners mee aan dit traject.")))
                .andExpect(content().string(not(containsString("<form action=\"/werkruimte/trajecten/"))));
    }

    @Test
    void recordsTheInputOnBehalfOfTheResident() throws Exception {
        mvc.perform(post(path).with(Coordination.professional()).with(csrf())
                        .param("residentParticipantId", kees.toString()).param("channel", "PHONE")
                        .param("topic", "Park").param("text", "Graag meer bankjes in het park."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.input-recorded")));

        verify(workflow).receive(new ReceiveInput(trajectory.id(), new ParticipantId(kees), Coordination.COORDINATOR.id(),
                InputChannel.PHONE, "Park", "Graag meer bankjes in het park.", null));
    }

    @Test
    void showsEachErrorNextToItsField() throws Exception {
        mvc.perform(post(path).with(Coordination.professional()).with(csrf()).param("text", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Fout: ")))
                .andExpect(content().string(containsString("id=\"residentParticipantId-error\"")))
                .andExpect(content().string(containsString("id=\"channel-error\"")))
                .andExpect(content().string(containsString("id=\"text-error\"")));
        verify(workflow, never()).receive(any());
    }

    @Test
    void putsTheDomainsRefusalOnTheResidentField() throws Exception {
        when(workflow.receive(any())).thenThrow(new RuleViolationException("residentId", "input.not-a-resident", "no resident"));

        mvc.perform(post(path).with(Coordination.professional()).with(csrf())
                        .param("residentParticipantId", kees.toString()).param("channel", "PHONE").param("text", "Idee"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"residentParticipantId-error\"")))
                .andExpect(content().string(containsString("Alleen inwoners geven inbreng.")));
    }

    @Test
    void hidesTrajectoriesOutsideTheProfessionalsScope() throws Exception {
        when(trajectories.visibleTo(trajectory.id(), Coordination.COORDINATOR.id()))
                .thenThrow(new NotFoundException("trajectory", "elsewhere"));

        mvc.perform(get(path).with(Coordination.professional())).andExpect(status().isNotFound());
        mvc.perform(post(path).with(Coordination.professional()).with(csrf())
                        .param("residentParticipantId", kees.toString()).param("channel", "PHONE").param("text", "Idee"))
                .andExpect(status().isNotFound());
        verify(workflow, never()).receive(any());
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        mvc.perform(post(path).with(Coordination.professional())
                        .param("residentParticipantId", kees.toString()).param("channel", "PHONE").param("text", "Idee"))
                .andExpect(status().isForbidden());
        verify(workflow, never()).receive(any());
    }
}
