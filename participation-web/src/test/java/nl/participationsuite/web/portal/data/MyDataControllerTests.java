package nl.participationsuite.web.portal.data;

import static nl.participationsuite.web.portal.ResidentPortalSlice.html;
import static nl.participationsuite.web.portal.ResidentPortalSlice.professional;
import static nl.participationsuite.web.portal.ResidentPortalSlice.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.privacy.PersonalDataExport;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
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
import nl.participationsuite.workflow.privacy.EngineHistoryExport;
import nl.participationsuite.workflow.privacy.ResidentErasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** "Mijn gegevens": what is kept, the download, and the erasure with its confirmation and refusals. */
@WebSliceTest(MyDataController.class)
@Import({ PersonalDataFile.class, Dates.class, FormIds.class, ResidentPortalSlice.FixedClock.class })
class MyDataControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PersonalDataExport domainData;

    @MockitoBean
    EngineHistoryExport engineHistory;

    @MockitoBean
    ResidentErasure erasure;

    @MockitoBean
    AccountRemovalJob accountRemovals;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    People people;

    private final Person me = Person.resident("Anouk Jansen", "anouk@example.org", null, "subject-anouk");

    private Trajectory hoonhorst;

    @BeforeEach
    void anoukTakesPartInHoonhorst() {
        when(currentPerson.get()).thenReturn(me);
        ResidentPortalSlice slice = new ResidentPortalSlice(trajectories, people, me);
        hoonhorst = slice.trajectory("Samen gezond in Hoonhorst");
        when(erasure.running(me.id())).thenReturn(List.of(hoonhorst));
    }

    @Test
    void showsWhatIsKeptWithTheDownloadAndTheWayToErasure() throws Exception {
        String html = html(mvc.perform(get("/portaal/mijn-gegevens").with(resident()))
                .andExpect(status().isOk()).andExpect(view().name(MyDataController.VIEW)));

        assertThat(html).contains("<h1>Mijn gegevens</h1>").contains("<dd>Anouk Jansen</dd>")
                .contains("<dd>anouk@example.org</dd>").contains("<dd>Niet bekend</dd>")
                .contains("href=\"/portaal/mijn-gegevens/download\"").contains("Mijn gegevens downloaden")
                .contains("href=\"/portaal/mijn-gegevens/wissen\"");
    }

    @Test
    void downloadsEverythingAsAJsonFileThatIsNeverCached() throws Exception {
        ParticipantId participation = ParticipantId.random();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("person", Map.of("displayName", "Anouk Jansen"));
        data.put("participations", List.of(Map.of("id", participation.toString())));
        when(domainData.of(me.id())).thenReturn(data);
        when(engineHistory.of(me.id(), List.of(participation))).thenReturn(Map.of("tasks", List.of()));

        mvc.perform(get("/portaal/mijn-gegevens/download").with(resident()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"mijn-gegevens-2026-11-29.json\""))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().json("""
                        {"about": "Dit zijn alle gegevens die de Participatiesuite over u bewaart: uw persoonsgegevens, \
                        uw deelname en wat u invulde (data), en welke taken het proces u gaf en met welke gegevens \
                        (engineHistory). Namen van andere inwoners staan er niet in.",
                         "exportedAt": "2026-11-29T10:00:00Z",
                         "data": {"person": {"displayName": "Anouk Jansen"}},
                         "engineHistory": {"tasks": []}}"""));
    }

    @Test
    void theConfirmationSaysWhatHappensAndNamesTheTrajectoriesStopped() throws Exception {
        String html = html(mvc.perform(get("/portaal/mijn-gegevens/wissen").with(resident()))
                .andExpect(status().isOk()).andExpect(view().name(MyDataController.ERASE_VIEW)));

        assertThat(html).contains("<h1>Mijn gegevens wissen</h1>")
                .contains("Uw naam wordt vervangen door een code")
                .contains("U stopt met de trajecten waar u nog aan meedoet:").contains("Samen gezond in Hoonhorst.")
                .contains("Uw ideeën, opmerkingen en stemmen blijven bestaan, maar zonder uw naam.")
                .contains("Uw account verdwijnt.")
                .contains("<input type=\"checkbox\" id=\"confirmed\" name=\"confirmed\" value=\"true\"")
                .contains("Mijn gegevens wissen</button>");
    }

    @Test
    void aCoordinatorOrContactPersonIsToldToHandOverFirstAndGetsNoForm() throws Exception {
        when(hoonhorst.contactPersonId()).thenReturn(me.id());

        String html = html(mvc.perform(get("/portaal/mijn-gegevens/wissen").with(resident())).andExpect(status().isOk()));

        assertThat(html).contains("U bent coördinator of contactpersoon van een traject dat nog loopt:")
                .contains("<li>Samen gezond in Hoonhorst</li>").doesNotContain("<form action=\"/portaal/mijn-gegevens/wissen\"");
    }

    @Test
    void withoutTheTickNothingIsErased() throws Exception {
        String html = html(mvc.perform(post("/portaal/mijn-gegevens/wissen").with(resident()).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name(MyDataController.ERASE_VIEW)));

        assertThat(html).contains("<title>Fout: Mijn gegevens wissen")
                .contains("Vink aan dat u uw gegevens wilt laten wissen.")
                .contains("aria-invalid=\"true\"");
        verify(erasure, never()).erase(any());
    }

    @Test
    void erasesRemovesTheAccountSignsOutAndSaysSo() throws Exception {
        MockHttpSession session = new MockHttpSession();

        MvcResult result = mvc.perform(post("/portaal/mijn-gegevens/wissen").param("confirmed", "true")
                        .session(session).with(resident()).with(csrf()))
                .andExpect(redirectedUrl("/gegevens-gewist")).andReturn();

        verify(erasure).erase(me.id());
        verify(accountRemovals).removeNow();
        assertThat(session.isInvalid()).as("signed out").isTrue();
        assertThat(result.getRequest().getUserPrincipal()).isNull();
    }

    @Test
    void aRefusalOfTheDomainIsShownAndNothingSignedOut() throws Exception {
        when(erasure.erase(me.id())).thenThrow(new RuleViolationException("person", "erase.leads-a-trajectory", "leads"));
        MockHttpSession session = new MockHttpSession();

        String html = html(mvc.perform(post("/portaal/mijn-gegevens/wissen").param("confirmed", "true")
                        .session(session).with(resident()).with(csrf()))
                .andExpect(status().isOk()));

        assertThat(html).contains("U bent nog coördinator of contactpersoon van een traject.");
        verify(accountRemovals, never()).removeNow();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void theErasedPageIsForAnyone() throws Exception {
        assertThat(html(mvc.perform(get("/gegevens-gewist")).andExpect(status().isOk())))
                .contains("<h1>Uw gegevens zijn gewist</h1>").contains("U bent uitgelogd. Uw account bestaat niet meer.");
    }

    @Test
    void onlyResidentsHaveAPortalDataPage() throws Exception {
        mvc.perform(get("/portaal/mijn-gegevens").with(professional())).andExpect(status().isForbidden());
        mvc.perform(get("/portaal/mijn-gegevens/download").with(professional())).andExpect(status().isForbidden());
    }
}
