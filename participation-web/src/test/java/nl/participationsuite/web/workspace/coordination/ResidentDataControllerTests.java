package nl.participationsuite.web.workspace.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.involvement.ResidentRegistration;
import nl.participationsuite.domain.privacy.PersonalDataExport;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.accounts.AccountRemovalJob;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.portal.ResidentPortalSlice;
import nl.participationsuite.web.privacy.PersonalDataFile;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.privacy.EngineHistoryExport;
import nl.participationsuite.workflow.privacy.ResidentErasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinator exercises a resident's data rights on their request: the same export, the same erasure. */
@WebSliceTest(ResidentDataController.class)
@Import({ PersonalDataFile.class, Dates.class, FormIds.class, ResidentPortalSlice.FixedClock.class })
class ResidentDataControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ResidentRegistration registration;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    PersonalDataExport domainData;

    @MockitoBean
    EngineHistoryExport engineHistory;

    @MockitoBean
    ResidentErasure erasure;

    @MockitoBean
    AccountRemovalJob accountRemovals;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private final ParticipantId participant = ParticipantId.random();

    private final Person henk = Person.resident("Henk Postma", null, null, null);

    private String path;

    @BeforeEach
    void henkAskedAtTheDoor() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.get(trajectory.id())).thenReturn(trajectory);
        when(registration.resident(trajectory.id(), Coordination.COORDINATOR.id(), participant)).thenReturn(henk);
        path = "/werkruimte/trajecten/" + trajectory.id() + "/inwoners/" + participant + "/gegevens";
    }

    @Test
    void offersTheDownloadAndTheErasureWithWhatItMeans() throws Exception {
        String page = html(mvc.perform(get(path).with(Coordination.coordinator())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page).contains("<h1>Gegevens van Henk Postma</h1>")
                .contains("href=\"" + path + "/download\"")
                .contains("De inwoner stopt met elk traject dat nog loopt.")
                .contains("<form action=\"" + path + "/wissen\" method=\"post\"");
    }

    @Test
    void downloadsTheResidentsFile() throws Exception {
        when(domainData.of(henk.id())).thenReturn(Map.of("person", Map.of("displayName", "Henk Postma"),
                "participations", List.of()));
        when(engineHistory.of(henk.id(), List.of())).thenReturn(Map.of());

        mvc.perform(get(path + "/download").with(Coordination.coordinator()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"mijn-gegevens-2026-11-29.json\""))
                .andExpect(content().json("{\"data\": {\"person\": {\"displayName\": \"Henk Postma\"}}}"));
    }

    @Test
    void erasesOnlyWhenTheRequestIsConfirmedAndGoesBackToTheTrajectory() throws Exception {
        String page = html(mvc.perform(post(path + "/wissen").with(Coordination.coordinator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Vink aan dat de inwoner zelf om het wissen heeft gevraagd.");
        verify(erasure, never()).erase(any());

        mvc.perform(post(path + "/wissen").param("confirmed", "true").with(Coordination.coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.resident-data.notice.erased")));
        verify(erasure).erase(henk.id());
        verify(accountRemovals).removeNow();
    }

    @Test
    void anErasedResidentIsNotErasedAgainAndALeaderNotAtAll() throws Exception {
        when(erasure.erase(henk.id())).thenThrow(new RuleViolationException("person", "erase.leads-a-trajectory", "leads"));
        assertThat(html(mvc.perform(post(path + "/wissen").param("confirmed", "true")
                        .with(Coordination.coordinator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()))
                .contains("Deze inwoner is coördinator of contactpersoon van een traject dat nog loopt.");

        henk.erase("Inwoner K7QM2P", Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(html(mvc.perform(get(path).with(Coordination.coordinator())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()))
                .contains("De gegevens van deze inwoner zijn gewist op").doesNotContain(path + "/wissen\"");
        mvc.perform(post(path + "/wissen").param("confirmed", "true").with(Coordination.coordinator()).with(csrf()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.problem("coordination.resident-data.notice.already")));
    }

    @Test
    void onlyTheCoordinatorAndOnlyForAResidentOfTheTrajectory() throws Exception {
        when(registration.resident(trajectory.id(), Coordination.COORDINATOR.id(), participant))
                .thenThrow(Coordination.notTheCoordinator());
        mvc.perform(get(path).with(Coordination.professional())).andExpect(status().isForbidden());
        mvc.perform(get(path + "/download").with(Coordination.professional())).andExpect(status().isForbidden());

        ParticipantId stranger = ParticipantId.random();
        when(registration.resident(trajectory.id(), Coordination.COORDINATOR.id(), stranger))
                .thenThrow(new NotFoundException("participant", stranger));
        mvc.perform(get("/werkruimte/trajecten/" + trajectory.id() + "/inwoners/" + stranger + "/gegevens/download")
                .with(Coordination.coordinator())).andExpect(status().isNotFound());
        verify(erasure, never()).erase(any());
    }

    private static String html(String page) {
        return page.replaceAll("\\s+", " ");
    }
}
