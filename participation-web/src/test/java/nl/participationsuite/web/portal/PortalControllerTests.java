package nl.participationsuite.web.portal;

import static nl.participationsuite.web.portal.PortalSlice.NOW;
import static nl.participationsuite.web.portal.PortalSlice.html;
import static nl.participationsuite.web.portal.PortalSlice.professional;
import static nl.participationsuite.web.portal.PortalSlice.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The portal's home: the resident's trajectories, their phase, the tasks on their name, successes and contact person. */
@WebSliceTest(PortalController.class)
@Import({ PortalHome.class, Dates.class, PortalSlice.FixedClock.class })
class PortalControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    SuccessService successes;

    @MockitoBean
    People people;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    SteeringGroupService steeringGroups;

    private final Person me = PortalSlice.anouk();

    private final Person marieke = Person.professional("Marieke de Vries", "m.devries@dalfsen.nl", "subject-marieke",
            OrganisationId.random());

    @BeforeEach
    void signedInAsAnouk() {
        when(currentPerson.get()).thenReturn(me);
        when(people.findById(marieke.id())).thenReturn(Optional.of(marieke));
    }

    @Test
    void showsEachTrajectoryITakePartInWithItsPhaseMyTasksItsSuccessesAndMyContactPerson() throws Exception {
        Trajectory hoonhorst = PortalSlice.trajectory("Samen gezond in Hoonhorst", Phase.WORKING_TOGETHER, me.id(), true,
                marieke.id());
        Trajectory left = PortalSlice.trajectory("Speeltuin Nieuwleusen", Phase.SHARED_VISION, me.id(), false, null);
        TrajectoryId id = hoonhorst.id();
        when(trajectories.visibleTo(eq(me.id()), any(Pageable.class))).thenReturn(new PageImpl<>(List.of(hoonhorst, left)));
        when(workflow.tasksFor(me.id())).thenReturn(List.of(
                new WorkflowTask("t-vote", Activities.CAST_VOTE, "Vote", FormKeys.VOTE, id, me.id(),
                        NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(3)).plus(Duration.ofHours(2))),
                new WorkflowTask("t-check", Activities.CONDITIONS_CHECK_TASK, "Check", FormKeys.CONDITIONS_CHECK,
                        id, me.id(), NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(6))),
                new WorkflowTask("t-draft", Activities.DRAFT_VISION, "Draft", FormKeys.VISION_DRAFT, id, me.id(),
                        NOW, null)));
        Success hidden = success("Nog geheim", null);
        Success older = success("Bankje bij de bushalte", NOW.minus(Duration.ofDays(30)));
        Success newer = success("Taxibusje voor de avonden", NOW.minus(Duration.ofDays(2)));
        when(successes.successes(hoonhorst.id())).thenReturn(List.of(older, hidden, newer));

        String page = html(mvc.perform(get("/portaal").with(resident()))
                .andExpect(status().isOk()).andExpect(view().name(PortalController.HOME_VIEW)));

        assertThat(page).contains("<title>Mijn portaal | ").contains("<h1>Mijn portaal</h1>")
                .contains("<h2 id=\"trajectory-1\">Samen gezond in Hoonhorst</h2>")
                .doesNotContain("Speeltuin Nieuwleusen")
                .contains("<strong>Samenwerken</strong>").contains("We werken samen aan de plannen.")
                .contains("<a href=\"/portaal/taken/t-vote/stemmen\">Stemmen over een voorstel</a>")
                .contains("Graag klaar voor</span> <time datetime=\"2026-12-02T13:00+01:00\">2 december 2026 13:00</time> "
                        + "<span>(nog 3 dagen)</span>")
                .contains("<a href=\"/portaal/taken/t-check/randvoorwaarden\">De randvoorwaarden voor participatie beoordelen</a>")
                .contains("<strong class=\"overdue-marker\">De einddatum is voorbij</strong>")
                .contains("Uw contactpersoon").contains("<dd>Marieke de Vries</dd>")
                .contains("<a href=\"mailto:m.devries@dalfsen.nl\">m.devries@dalfsen.nl</a>")
                .contains("<a href=\"/portaal/inbreng/nieuw\">Een idee of opmerking geven</a>")
                .contains("<a href=\"/portaal/grenzen\">Mijn motivatie en grenzen</a>").contains("/stoppen\"> <span>Stoppen met meedoen</span>")
                .doesNotContain("/stuurgroep\"")
                .doesNotContain("tel:")
                .doesNotContain("Nog geheim").doesNotContain("t-draft");
        assertThat(page.indexOf("Taxibusje voor de avonden")).isPositive().isLessThan(page.indexOf("Bankje bij de bushalte"));
        assertThat(page.indexOf("overdue-marker")).isGreaterThan(page.indexOf("t-check"));
    }

    @Test
    void aTrajectoryWithoutTasksSaysSoAndAPhoneNumberIsALink() throws Exception {
        Person anne = Person.resident("Anne Smit", null, "06 12345678", null);
        when(people.findById(anne.id())).thenReturn(Optional.of(anne));
        Trajectory trajectory = PortalSlice.trajectory("Samen gezond in Hoonhorst", Phase.SHARED_VISION, me.id(), true,
                anne.id());
        when(trajectories.visibleTo(eq(me.id()), any(Pageable.class))).thenReturn(new PageImpl<>(List.of(trajectory)));
        when(workflow.tasksFor(me.id())).thenReturn(List.of());

        String page = html(mvc.perform(get("/portaal").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("We schrijven samen op wat we willen bereiken.")
                .contains("Op dit moment hoeft u niets te doen.")
                .contains("Er is nog niets bereikt dat we al laten zien.")
                .contains("<a href=\"tel:06 12345678\">06 12345678</a>").doesNotContain("mailto:");
    }

    @Test
    void whenITakePartInNothingThePageSaysSoAndWhatToDo() throws Exception {
        when(trajectories.visibleTo(eq(me.id()), any(Pageable.class))).thenReturn(new PageImpl<>(List.of()));

        String page = html(mvc.perform(get("/portaal").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("<p class=\"empty\">U doet nog niet mee aan een traject.</p>")
                .contains("Neem contact op met de persoon die u heeft uitgenodigd.")
                .doesNotContain("aria-labelledby=\"trajectory-")
                .contains("<a href=\"/portaal/mijn-gegevens\">Naar mijn gegevens</a>"); // own data, even without a trajectory
    }

    @Test
    void isForResidentsOnly() throws Exception {
        mvc.perform(get("/portaal").with(professional())).andExpect(status().isForbidden());
        mvc.perform(get("/portaal")).andExpect(status().is3xxRedirection());
    }

    private static Success success(String title, java.time.Instant visibleAt) {
        Success success = mock(Success.class);
        when(success.title()).thenReturn(title);
        when(success.description()).thenReturn("Omschrijving van " + title);
        when(success.achievedOn()).thenReturn(LocalDate.of(2026, 11, 1));
        when(success.visibleAt()).thenReturn(visibleAt);
        when(success.isVisible()).thenReturn(visibleAt != null);
        return success;
    }
}
