package nl.participationsuite.web.portal;

import static nl.participationsuite.web.portal.PortalSlice.NOW;
import static nl.participationsuite.web.portal.PortalSlice.html;
import static nl.participationsuite.web.portal.PortalSlice.professional;
import static nl.participationsuite.web.portal.PortalSlice.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.web.taskforms.ConditionsCheckContext;
import nl.participationsuite.web.taskforms.VoteContext;
import nl.participationsuite.web.taskforms.SeatAcceptanceContext;
import nl.participationsuite.web.taskforms.RoleAgreementResponseContext;
import nl.participationsuite.web.taskforms.VisionReviewContext;
import nl.participationsuite.web.taskforms.ConditionsCheckTaskForm;
import nl.participationsuite.web.taskforms.VoteTaskForm;
import nl.participationsuite.web.taskforms.SeatAcceptanceTaskForm;
import nl.participationsuite.web.taskforms.RoleAgreementResponseTaskForm;
import nl.participationsuite.web.taskforms.VisionReviewTaskForm;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.domain.seats.DecidedRound;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.success.VisibleSuccess;
import nl.participationsuite.domain.trajectory.ActiveParticipation;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.ProgressUpdate;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The portal's home: the resident's trajectories, their phase, the tasks on their name, successes and contact person. */
@WebSliceTest(PortalController.class)
@Import({ PortalHome.class, PortalTaskPages.class, TaskFormKinds.class, VisionReviewTaskForm.class,
        RoleAgreementResponseTaskForm.class, SeatAcceptanceTaskForm.class, VoteTaskForm.class, ConditionsCheckTaskForm.class,
        Dates.class, PortalSlice.FixedClock.class })
class PortalControllerTests {

    @Autowired
    MockMvc mvc;

    // the portal's task forms, whose addresses the page links to; their pages are not shown here
    @MockitoBean
    VisionReviewContext visionReviews;

    @MockitoBean
    RoleAgreementResponseContext roleResponses;

    @MockitoBean
    SeatAcceptanceContext seatAcceptances;

    @MockitoBean
    VoteContext votes;

    @MockitoBean
    ConditionsCheckContext conditionsChecks;

    @MockitoBean
    MeetingService meetings;

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

    @MockitoBean
    DecisionRoundService rounds;

    private final Person me = PortalSlice.anouk();

    private final Person marieke = Person.professional("Marieke de Vries", "m.devries@dalfsen.nl", "subject-marieke",
            OrganisationId.random());

    @BeforeEach
    void signedInAsAnouk() {
        when(currentPerson.get()).thenReturn(me);
        when(people.findByIdIn(Set.of(marieke.id()))).thenReturn(List.of(marieke));
    }

    @Test
    void showsEachTrajectoryITakePartInWithItsPhaseMyTasksItsSuccessesAndMyContactPerson() throws Exception {
        Trajectory hoonhorst = PortalSlice.trajectory("Samen gezond in Hoonhorst", Phase.WORKING_TOGETHER, me.id(), true,
                marieke.id());
        TrajectoryId id = hoonhorst.id();
        ActiveParticipation mine = active(hoonhorst);
        when(trajectories.activeParticipations(me.id())).thenReturn(List.of(mine));
        when(workflow.tasks(TaskSearch.of(me.id()).which(TaskSearch.Which.MINE))).thenReturn(List.of(
                new WorkflowTask("t-vote", Activities.CAST_VOTE, "Vote", FormKeys.VOTE, id, me.id(),
                        NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(3)).plus(Duration.ofHours(2))),
                new WorkflowTask("t-check", Activities.CONDITIONS_CHECK_TASK, "Check", FormKeys.CONDITIONS_CHECK,
                        id, me.id(), NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(6))),
                new WorkflowTask("t-draft", Activities.DRAFT_VISION, "Draft", FormKeys.VISION_DRAFT, id, me.id(),
                        NOW, null)));
        VisibleSuccess older = success(id, "Bankje bij de bushalte", NOW.minus(Duration.ofDays(30)));
        VisibleSuccess newer = success(id, "Taxibusje voor de avonden", NOW.minus(Duration.ofDays(2)));
        when(successes.latestVisible(List.of(id), PortalHome.LATEST_SUCCESSES)).thenReturn(Map.of(id, List.of(newer, older)));

        String page = html(mvc.perform(get("/portaal").with(resident()))
                .andExpect(status().isOk()).andExpect(view().name(PortalController.HOME_VIEW)));

        assertThat(page).contains("<title>Mijn portaal | ").contains("<h1>Mijn portaal</h1>")
                .contains("<h2 id=\"trajectory-1\">Samen gezond in Hoonhorst</h2>")
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
                .doesNotContain("t-draft");
        assertThat(page.indexOf("Taxibusje voor de avonden")).isPositive().isLessThan(page.indexOf("Bankje bij de bushalte"));
        assertThat(page.indexOf("overdue-marker")).isGreaterThan(page.indexOf("t-check"));
    }

    @Test
    void aTrajectoryWithoutTasksSaysSoAndAPhoneNumberIsALink() throws Exception {
        Person anne = Person.resident("Anne Smit", null, "06 12345678", null);
        when(people.findByIdIn(Set.of(anne.id()))).thenReturn(List.of(anne));
        Trajectory trajectory = PortalSlice.trajectory("Samen gezond in Hoonhorst", Phase.SHARED_VISION, me.id(), true,
                anne.id());
        ActiveParticipation mine = active(trajectory);
        when(trajectories.activeParticipations(me.id())).thenReturn(List.of(mine));

        String page = html(mvc.perform(get("/portaal").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("We schrijven samen op wat we willen bereiken.")
                .contains("Op dit moment hoeft u niets te doen.")
                .contains("Er is nog niets bereikt dat we al laten zien.")
                .contains("<a href=\"tel:06 12345678\">06 12345678</a>").doesNotContain("mailto:");
    }

    @Test
    void aSeatHolderFindsTheSteeringGroupPage() throws Exception {
        Trajectory trajectory = PortalSlice.trajectory("Samen gezond in Hoonhorst", Phase.WORKING_TOGETHER, me.id(), true,
                marieke.id());
        ActiveParticipation mine = active(trajectory);
        when(trajectories.activeParticipations(me.id())).thenReturn(List.of(mine));
        when(steeringGroups.trajectoriesSeating(List.of(mine.participantId()))).thenReturn(Set.of(mine.trajectoryId()));

        String page = html(mvc.perform(get("/portaal").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("<a href=\"/portaal/trajecten/" + mine.trajectoryId().value() + "/stuurgroep\">");
    }

    @Test
    void everyParticipantSeesWhatTheSteeringGroupDecidedWithTheCountsAndNoNames() throws Exception {
        Trajectory trajectory = PortalSlice.trajectory("Samen gezond in Hoonhorst", Phase.WORKING_TOGETHER, me.id(), true,
                marieke.id());
        ActiveParticipation mine = active(trajectory);
        TrajectoryId id = mine.trajectoryId();
        when(trajectories.activeParticipations(me.id())).thenReturn(List.of(mine));
        when(rounds.latestDecided(List.of(id), PortalHome.LATEST_DECISIONS)).thenReturn(Map.of(id, List.of(
                new DecidedRound(id, "Plek van de bijeenkomsten", RoundOutcome.ADOPTED, NOW.minus(Duration.ofDays(2)),
                        3, 1, 0, 1, "Het dorpshuis is vanaf januari vastgelegd."),
                new DecidedRound(id, "Budget voor de wandelgroep", RoundOutcome.NO_QUORUM, NOW.minus(Duration.ofDays(40)),
                        0, 0, 0, 4))));

        String page = html(mvc.perform(get("/portaal").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("<h3>Wat de stuurgroep besloot</h3>")
                .contains("<strong>Plek van de bijeenkomsten</strong>:")
                .contains("<span>Aangenomen</span>")
                .contains("<time datetime=\"2026-11-27T")
                .contains("Voor: 3. Tegen: 1. Geen keuze: 0. Niet gestemd: 1.")
                .contains("Wat ermee gedaan is:</span> <span class=\"news-message\">Het dorpshuis is vanaf januari vastgelegd.</span>")
                .contains("Te weinig stemmen: geen besluit").contains("Voor: 0. Tegen: 0. Geen keuze: 0. Niet gestemd: 4.")
                .doesNotContain("/stuurgroep\""); // not a seat holder, and still told what was decided
        assertThat(page.indexOf("Plek van de bijeenkomsten")).isLessThan(page.indexOf("Budget voor de wandelgroep"));
    }

    @Test
    void everyParticipantReadsTheLatestProgressUpdatesWithALinkToAllNews() throws Exception {
        Trajectory trajectory = PortalSlice.trajectory("Samen gezond in Hoonhorst", Phase.WORKING_TOGETHER, me.id(), true,
                marieke.id());
        ActiveParticipation mine = active(trajectory);
        TrajectoryId id = mine.trajectoryId();
        when(trajectories.activeParticipations(me.id())).thenReturn(List.of(mine));
        ProgressUpdate update = org.mockito.Mockito.mock(ProgressUpdate.class);
        when(update.message()).thenReturn("De eerste twee bankjes staan er.");
        when(update.sentAt()).thenReturn(NOW.minus(Duration.ofDays(3)));
        when(trajectories.latestProgressUpdates(List.of(id), PortalHome.LATEST_UPDATES)).thenReturn(Map.of(id, List.of(update)));

        String page = html(mvc.perform(get("/portaal").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("<h3>Nieuws van het traject</h3>")
                .contains("<time datetime=\"2026-11-26T11:00+01:00\">26 november 2026</time>")
                .contains("De eerste twee bankjes staan er.")
                .contains("<a href=\"/portaal/trajecten/" + id.value() + "/nieuws\"> <span>Al het nieuws van dit traject</span>");
    }

    @Test
    void aTrajectoryWithoutNewsSaysWhenNewsComes() throws Exception {
        Trajectory trajectory = PortalSlice.trajectory("Samen gezond in Hoonhorst", Phase.MOTIVATION, me.id(), true,
                marieke.id());
        ActiveParticipation mine = active(trajectory);
        when(trajectories.activeParticipations(me.id())).thenReturn(List.of(mine));

        String page = html(mvc.perform(get("/portaal").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("Er is nog geen nieuws.").doesNotContain("/nieuws\"");
    }

    @Test
    void aTrajectoryWhoseSteeringGroupDecidedNothingYetShowsNoDecisions() throws Exception {
        Trajectory trajectory = PortalSlice.trajectory("Samen gezond in Hoonhorst", Phase.DECISION_SEATS, me.id(), true,
                marieke.id());
        ActiveParticipation mine = active(trajectory);
        when(trajectories.activeParticipations(me.id())).thenReturn(List.of(mine));

        String page = html(mvc.perform(get("/portaal").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains("Wat er al bereikt is").doesNotContain("Wat de stuurgroep besloot");
    }

    @Test
    void whenITakePartInNothingThePageSaysSoAndWhatToDo() throws Exception {
        when(trajectories.activeParticipations(me.id())).thenReturn(List.of());

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

    private static VisibleSuccess success(TrajectoryId trajectory, String title, java.time.Instant visibleAt) {
        return new VisibleSuccess(trajectory, title, "Omschrijving van " + title, LocalDate.of(2026, 11, 1), visibleAt);
    }

    @Test
    void showsTenTrajectoriesAPageWithTheOnesThatAskSomethingFirstAndTheClosedOnesLast() throws Exception {
        List<ActiveParticipation> all = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            // newest first, as the service answers: 1 is the newest; 2 and 3 are closed, 12 asks for a vote
            Phase phase = i == 2 || i == 3 ? Phase.CLOSED : Phase.WORKING_TOGETHER;
            all.add(active(PortalSlice.trajectory("Traject " + i, phase, me.id(), true, marieke.id())));
        }
        when(trajectories.activeParticipations(me.id())).thenReturn(all);
        TrajectoryId asking = all.get(11).trajectoryId();
        when(workflow.tasks(TaskSearch.of(me.id()).which(TaskSearch.Which.MINE))).thenReturn(List.of(
                new WorkflowTask("t-vote", Activities.CAST_VOTE, "Vote", FormKeys.VOTE, asking, me.id(), NOW, null)));

        String first = html(mvc.perform(get("/portaal").with(resident())).andExpect(status().isOk()));
        String second = html(mvc.perform(get("/portaal").param("pagina", "2").with(resident())).andExpect(status().isOk()));
        String beyond = html(mvc.perform(get("/portaal").param("pagina", "7").with(resident())).andExpect(status().isOk()));

        assertThat(first).contains("<h2 id=\"trajectory-1\">Traject 12</h2>")
                .contains("<a href=\"/portaal/taken/t-vote/stemmen\">")
                .contains("<h2 id=\"trajectory-2\">Traject 1</h2>").contains("<h2 id=\"trajectory-3\">Traject 4</h2>")
                .contains("<h2 id=\"trajectory-10\">Traject 11</h2>").doesNotContain("trajectory-11")
                .doesNotContain(">Traject 2<").doesNotContain(">Traject 3<")
                .contains("<nav class=\"pagination\" aria-label=\"Pagina&#39;s met trajecten\">")
                .contains("<span>Pagina 1 van 2 (12 trajecten)</span>")
                .contains("<a href=\"/portaal?pagina=2\" rel=\"next\">Meer trajecten</a>").doesNotContain("rel=\"prev\"");
        assertThat(second).contains("<h2 id=\"trajectory-1\">Traject 2</h2>").contains("<h2 id=\"trajectory-2\">Traject 3</h2>")
                .doesNotContain("trajectory-3\"").contains("<span>Pagina 2 van 2 (12 trajecten)</span>")
                .contains("<a href=\"/portaal\" rel=\"prev\">Vorige trajecten</a>").doesNotContain("rel=\"next\"");
        assertThat(beyond).contains("<span>Pagina 2 van 2 (12 trajecten)</span>").contains(">Traject 3</h2>");
    }

    @Test
    void aResidentInAFewTrajectoriesSeesNoPages() throws Exception {
        ActiveParticipation only = active(PortalSlice.trajectory("Samen gezond in Hoonhorst", Phase.WORKING_TOGETHER, me.id(),
                true, marieke.id()));
        when(trajectories.activeParticipations(me.id())).thenReturn(List.of(only));

        String page = html(mvc.perform(get("/portaal").with(resident())).andExpect(status().isOk()));

        assertThat(page).contains(">Samen gezond in Hoonhorst</h2>").doesNotContain("class=\"pagination\"");
    }

    private ActiveParticipation active(Trajectory trajectory) {
        return new ActiveParticipation(trajectory.id(), trajectory.title(), trajectory.phase(),
                trajectory.contactPersonId(), trajectory.participantOf(me.id()).orElseThrow().id());
    }
}
