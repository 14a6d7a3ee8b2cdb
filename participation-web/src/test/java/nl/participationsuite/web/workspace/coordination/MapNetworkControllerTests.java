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

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.MapNetwork;
import nl.participationsuite.domain.involvement.NetworkKind;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(MapNetworkController.class)
class MapNetworkControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    InvolvementService involvement;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private String path;

    @BeforeEach
    void aCoordinatorOfTheTrajectory() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        path = "/werkruimte/trajecten/" + trajectory.id() + "/netwerken/nieuw";
    }

    @Test
    void showsTheFormWithEveryKindOfNetwork() throws Exception {
        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een bestaand netwerk in kaart brengen")))
                .andExpect(content().string(containsString("Traject PT-2026-0007: Samen gezond in Lemelerveld")))
                .andExpect(content().string(containsString("<label for=\"name\">Naam van het netwerk</label>")))
                .andExpect(content().string(containsString("Cliënten- of patiëntenraad")))
                .andExpect(content().string(containsString("aria-describedby=\"name-hint\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void mapsTheNetworkAndGoesBackToTheTrajectory() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("kind", "VILLAGE_OR_NEIGHBOURHOOD_COUNCIL").param("name", "Dorpsraad Lemelerveld")
                        .param("contactNote", "secretaris via de bieb"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.network-mapped")));

        verify(involvement).mapNetwork(trajectory.id(), new MapNetwork(NetworkKind.VILLAGE_OR_NEIGHBOURHOOD_COUNCIL,
                "Dorpsraad Lemelerveld", "secretaris via de bieb"));
    }

    @Test
    void showsEachErrorNextToItsFieldAndInTheSummary() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Fout: ")))
                .andExpect(content().string(containsString("Controleer deze velden")))
                .andExpect(content().string(containsString("<a href=\"#name\">Naam van het netwerk – Vul dit veld in.</a>")))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"name-hint name-error\"")))
                .andExpect(content().string(containsString("id=\"kind-error\"")));
        verify(involvement, never()).mapNetwork(any(), any());
    }

    @Test
    void showsAClosedTrajectoryAboveTheForm() throws Exception {
        when(involvement.mapNetwork(eq(trajectory.id()), any()))
                .thenThrow(new RuleViolationException("trajectory", "trajectory.closed", "closed"));

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("kind", "SPORTS_CLUB").param("name", "SV Lemelerveld"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<li>Dit traject is afgesloten. Er kan niets meer worden vastgelegd.</li>")));
    }

    @Test
    void refusesAnyoneButTheCoordinatorAndHidesOtherTrajectories() throws Exception {
        when(trajectories.coordinatedBy(trajectory.id(), Coordination.COORDINATOR.id()))
                .thenThrow(Coordination.notTheCoordinator());
        mvc.perform(get(path).with(Coordination.professional())).andExpect(status().isForbidden());
        mvc.perform(post(path).with(Coordination.professional()).with(csrf()).param("kind", "SPORTS_CLUB").param("name", "SV"))
                .andExpect(status().isForbidden());

        TrajectoryId elsewhere = TrajectoryId.random();
        when(trajectories.coordinatedBy(elsewhere, Coordination.COORDINATOR.id()))
                .thenThrow(new NotFoundException("trajectory", elsewhere));
        mvc.perform(get("/werkruimte/trajecten/" + elsewhere + "/netwerken/nieuw").with(Coordination.coordinator()))
                .andExpect(status().isNotFound());
        verify(involvement, never()).mapNetwork(any(), any());
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).param("kind", "SPORTS_CLUB").param("name", "SV"))
                .andExpect(status().isForbidden());
        verify(involvement, never()).mapNetwork(any(), any());
    }
}
