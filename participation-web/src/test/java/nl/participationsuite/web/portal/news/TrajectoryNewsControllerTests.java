package nl.participationsuite.web.portal.news;

import static nl.participationsuite.web.portal.ResidentPortalSlice.html;
import static nl.participationsuite.web.portal.ResidentPortalSlice.professional;
import static nl.participationsuite.web.portal.ResidentPortalSlice.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.ProgressUpdate;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.portal.ResidentPortalSlice;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A trajectory's news in the portal: every progress update, newest first, for the people who take part. */
@WebSliceTest(TrajectoryNewsController.class)
@Import({ Dates.class, ResidentPortalSlice.FixedClock.class })
class TrajectoryNewsControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    People people;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Person anouk = Person.resident("Anouk Jansen", null, null, "subject-anouk");

    private Trajectory hoonhorst;

    @BeforeEach
    void anoukTakesPartInHoonhorst() {
        when(currentPerson.get()).thenReturn(anouk);
        hoonhorst = new ResidentPortalSlice(trajectories, people, anouk).trajectory("Samen gezond in Hoonhorst");
    }

    @Test
    void showsEveryUpdateNewestFirstWithItsDateAndLineBreaksKept() throws Exception {
        ProgressUpdate newer = update("Het bankje staat er.\nVolgende week kiezen we de tweede plek.", Duration.ofDays(3));
        ProgressUpdate older = update("We hebben drie plekken voor bankjes bekeken.", Duration.ofDays(31));
        when(trajectories.progressUpdates(hoonhorst.id())).thenReturn(List.of(newer, older));

        String page = html(mvc.perform(get("/portaal/trajecten/{id}/nieuws", hoonhorst.id().value()).with(resident()))
                .andExpect(status().isOk()));

        assertThat(page).contains("<h1>Nieuws van Samen gezond in Hoonhorst</h1>")
                .contains("<time datetime=\"2026-11-26T11:00+01:00\">26 november 2026</time>")
                .contains("Het bankje staat er. Volgende week kiezen we de tweede plek.")
                .contains("<a href=\"/portaal\">Terug naar uw startpagina</a>");
        assertThat(page.indexOf("Het bankje staat er")).isLessThan(page.indexOf("drie plekken"));
    }

    @Test
    void saysSoWhenThereIsNoNewsYet() throws Exception {
        String page = html(mvc.perform(get("/portaal/trajecten/{id}/nieuws", hoonhorst.id().value()).with(resident()))
                .andExpect(status().isOk()));

        assertThat(page).contains("Er is nog geen nieuws over dit traject.");
    }

    @Test
    void anotherTrajectoryIsNotFoundAndAProfessionalHasNoPortal() throws Exception {
        mvc.perform(get("/portaal/trajecten/{id}/nieuws", TrajectoryId.random().value()).with(resident()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portaal/trajecten/{id}/nieuws", hoonhorst.id().value()).with(professional()))
                .andExpect(status().isForbidden());
    }

    private static ProgressUpdate update(String message, Duration ago) {
        ProgressUpdate update = mock(ProgressUpdate.class);
        when(update.message()).thenReturn(message);
        when(update.sentAt()).thenReturn(ResidentPortalSlice.NOW.minus(ago));
        return update;
    }
}
