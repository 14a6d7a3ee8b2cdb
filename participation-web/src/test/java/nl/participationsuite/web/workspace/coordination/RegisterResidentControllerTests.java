package nl.participationsuite.web.workspace.coordination;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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

import nl.participationsuite.domain.involvement.ExistingNetwork;
import nl.participationsuite.domain.involvement.ExistingNetworkId;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.involvement.RegisterResident;
import nl.participationsuite.domain.involvement.ResidentRegistration;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
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

@WebSliceTest(RegisterResidentController.class)
class RegisterResidentControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    InvolvementService involvement;

    @MockitoBean
    ResidentRegistration registration;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private final Participant participant = Mockito.mock(Participant.class);

    private String path;

    @BeforeEach
    void aCoordinatorOfTheTrajectory() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        when(participant.id()).thenReturn(ParticipantId.random());
        when(registration.register(eq(trajectory.id()), eq(Coordination.COORDINATOR.id()), any())).thenReturn(participant);
        path = "/werkruimte/trajecten/" + trajectory.id() + "/inwoners/nieuw";
    }

    @Test
    void showsTheFormWithTheMappedNetworks() throws Exception {
        ExistingNetwork council = Mockito.mock(ExistingNetwork.class);
        when(council.id()).thenReturn(ExistingNetworkId.random());
        when(council.name()).thenReturn("Dorpsraad Lemelerveld");
        when(involvement.networks(trajectory.id())).thenReturn(List.of(council));

        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een inwoner aanmelden")))
                .andExpect(content().string(containsString("<label for=\"displayName\">Naam</label>")))
                .andExpect(content().string(containsString("Huis aan huis")))
                .andExpect(content().string(containsString("Dorpsraad Lemelerveld")))
                .andExpect(content().string(containsString("Ja, met een account voor het inwonersportaal")));
    }

    @Test
    void registersAResidentWithoutAccountAndGoesBackToTheTrajectory() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("displayName", "Kees Jansen").param("phone", "0612345678")
                        .param("channel", "DOOR_TO_DOOR").param("withAccount", "false"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.resident-registered")));

        verify(registration).register(trajectory.id(), Coordination.COORDINATOR.id(),
                new RegisterResident("Kees Jansen", null, "0612345678", RecruitmentChannel.DOOR_TO_DOOR, null));
    }

    @Test
    void continuesWithTheInvitationForAResidentWithAccount() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("displayName", "Fatima el Amrani").param("email", "fatima@example.org")
                        .param("channel", "EVENT").param("withAccount", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id() + "/inwoners/" + participant.id()
                        + "/uitnodigen"));
    }

    @Test
    void showsEachErrorNextToItsField() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("displayName", "").param("email", "geen-adres"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Fout: ")))
                .andExpect(content().string(containsString("id=\"displayName-error\"")))
                .andExpect(content().string(containsString("Vul een geldig e-mailadres in")))
                .andExpect(content().string(containsString("id=\"channel-error\"")))
                .andExpect(content().string(containsString("id=\"withAccount-error\"")))
                .andExpect(content().string(containsString("value=\"geen-adres\"")));
        verify(registration, never()).register(any(), any(), any());
    }

    @Test
    void putsAMissingNetworkOnTheChannelWhenNoNetworkIsMapped() throws Exception {
        when(registration.register(eq(trajectory.id()), eq(Coordination.COORDINATOR.id()), any()))
                .thenThrow(new RuleViolationException("networkId", "recruitment.network-required", "network required"));

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("displayName", "Kees").param("channel", "EXISTING_NETWORK").param("withAccount", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"channel-error\"")))
                .andExpect(content().string(containsString("Breng het netwerk dan eerst in kaart")));
    }

    @Test
    void refusesAnyoneButTheCoordinatorAndHidesOtherTrajectories() throws Exception {
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id()))
                .thenThrow(Coordination.notTheCoordinator());
        mvc.perform(get(path).with(Coordination.professional())).andExpect(status().isForbidden());
        mvc.perform(post(path).with(Coordination.professional()).with(csrf()).param("displayName", "Kees")
                .param("channel", "EVENT").param("withAccount", "false")).andExpect(status().isForbidden());

        TrajectoryId elsewhere = TrajectoryId.random();
        when(trajectories.coordinatedBy(elsewhere, Coordination.COORDINATOR.id()))
                .thenThrow(new NotFoundException("trajectory", elsewhere));
        mvc.perform(get("/werkruimte/trajecten/" + elsewhere + "/inwoners/nieuw").with(Coordination.coordinator()))
                .andExpect(status().isNotFound());
        verify(registration, never()).register(any(), any(), any());
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).param("displayName", "Kees")
                .param("channel", "EVENT").param("withAccount", "false")).andExpect(status().isForbidden());
        verify(registration, never()).register(any(), any(), any());
    }
}
