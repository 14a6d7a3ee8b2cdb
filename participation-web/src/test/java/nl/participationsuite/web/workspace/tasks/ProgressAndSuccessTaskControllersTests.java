package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.web.taskforms.ParticipantNames;

import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.NOW;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.coordinator;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.html;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.professional;
import static nl.participationsuite.web.workspace.tasks.TaskFormSlice.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessId;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.success.VisibilityChannel;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.ProgressUpdate;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.trajectory.UpdateChannel;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.success.SuccessVisibilityOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.trajectory.ProgressUpdateOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Telling residents: the coordinator's progress update, and making a success visible. */
@WebSliceTest(WorkspaceTaskFormController.class)
@Import({ TaskPages.class, TaskFormKinds.class, TaskFormFlow.class, ProgressUpdateTaskForm.class,
        SuccessVisibilityTaskForm.class, ProgressUpdateContext.class, SuccessVisibilityContext.class,
        ParticipantNames.class, Dates.class, FormIds.class, TaskFormSlice.FixedClock.class })
class ProgressAndSuccessTaskControllersTests {

    private static final String UPDATE = "/werkruimte/taken/t-update/voortgangsbericht";

    private static final String SUCCESS = "/werkruimte/taken/t-success/succes-zichtbaar-maken";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    People people;

    @MockitoBean
    SuccessService successes;

    private final Person me = Person.professional("Marieke de Vries", null, "subject-marieke", OrganisationId.random());

    private TaskFormSlice slice;

    private final SuccessId successId = SuccessId.random();

    private Success success;

    @BeforeEach
    void twoEarlierUpdatesAndARegisteredSuccess() {
        when(currentPerson.get()).thenReturn(me);
        slice = new TaskFormSlice(workflow, trajectories, people, me);
        slice.join(me);
        List<ProgressUpdate> sent = List.of(update("De eerste beweeggroep is gestart.", UpdateChannel.NEWSLETTER, 20),
                update("We zoeken nog een ruimte.", UpdateChannel.MEETING, 48));
        when(trajectories.progressUpdates(slice.trajectoryId())).thenReturn(sent);
        slice.task("t-update", Activities.SEND_PROGRESS_UPDATE, FormKeys.PROGRESS_UPDATE, Map.of());

        success = mock(Success.class);
        when(success.id()).thenReturn(successId);
        TrajectoryId trajectoryId = slice.trajectoryId();
        when(success.trajectoryId()).thenReturn(trajectoryId);
        when(success.title()).thenReturn("Bankje bij de bushalte geplaatst");
        when(success.description()).thenReturn("Op verzoek van de ouderen aan de Kerkstraat.");
        when(success.kind()).thenReturn(SuccessKind.QUICK_WIN);
        when(success.achievedOn()).thenReturn(LocalDate.of(2026, 11, 20));
        when(successes.get(successId)).thenReturn(success);
        slice.task("t-success", Activities.MAKE_SUCCESS_VISIBLE, FormKeys.SUCCESS_VISIBILITY,
                Map.of(VariableNames.SUCCESS_ID, successId.toString()));
    }

    private static ProgressUpdate update(String message, UpdateChannel channel, int daysAgo) {
        ProgressUpdate update = mock(ProgressUpdate.class);
        when(update.message()).thenReturn(message);
        when(update.channel()).thenReturn(channel);
        when(update.sentAt()).thenReturn(NOW.minus(Duration.ofDays(daysAgo)));
        return update;
    }

    // progress update

    @Test
    void theUpdatePageShowsTheLastUpdatesAndAPlainLanguageHint() throws Exception {
        String page = html(mvc.perform(get(UPDATE).with(coordinator()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/progress-update")));

        assertThat(page).contains("<h1>Inwoners laten weten hoe het traject loopt</h1>")
                .contains("Er zijn 2 berichten verstuurd. Hier staan de laatste 2, de nieuwste eerst.")
                .contains("<time datetime=\"2026-11-09T11:00+01:00\">9 november 2026 11:00</time>")
                .contains("(In de nieuwsbrief)").contains("De eerste beweeggroep is gestart.")
                .contains("We zoeken nog een ruimte.")
                .contains("<label for=\"message\">Bericht aan de inwoners</label>")
                .contains("Schrijf in gewone woorden en korte zinnen.")
                .contains("<legend>Hoe hebben de inwoners het bericht gekregen?</legend>")
                .contains("<label for=\"channel-LETTER\">Per brief</label>");
        assertThat(page.indexOf("De eerste beweeggroep")).isLessThan(page.indexOf("We zoeken nog een ruimte"));
    }

    @Test
    void withoutEarlierUpdatesThePageSaysSo() throws Exception {
        when(trajectories.progressUpdates(slice.trajectoryId())).thenReturn(List.of());

        assertThat(html(mvc.perform(get(UPDATE).with(coordinator())))).contains("Er is nog geen voortgangsbericht verstuurd.");
    }

    @Test
    void sendingCompletesTheTaskWithMessageAndChannel() throws Exception {
        mvc.perform(post(UPDATE).with(coordinator()).with(csrf()).param("message", "De ruimte is gevonden.")
                        .param("channel", "E_MAIL"))
                .andExpect(redirectedUrl("/werkruimte?traject=" + slice.trajectoryId()));

        verify(workflow).complete("t-update", me.id(), new ProgressUpdateOutcome("De ruimte is gevonden.", UpdateChannel.E_MAIL));
    }

    @Test
    void anEmptyUpdateComesBackWithBothErrors() throws Exception {
        String page = html(mvc.perform(post(UPDATE).with(coordinator()).with(csrf()).param("message", " "))
                .andExpect(status().isOk()));

        assertThat(page).contains("<a href=\"#message\">Bericht aan de inwoners: Vul dit veld in.</a>")
                .contains("<a href=\"#channel\">Hoe hebben de inwoners het bericht gekregen?: Kies een van de mogelijkheden.</a>")
                .contains("aria-describedby=\"message-hint message-error\"");
        verify(workflow, never()).complete(any(), any(), any());
    }

    // success visibility

    @Test
    void theSuccessPageShowsTheSuccess() throws Exception {
        String page = html(mvc.perform(get(SUCCESS).with(professional()))
                .andExpect(status().isOk()).andExpect(view().name("workspace/tasks/success-visibility")));

        assertThat(page).contains("<h1>Een succes zichtbaar maken</h1>")
                .contains("<strong>Bankje bij de bushalte geplaatst</strong>")
                .contains("Op verzoek van de ouderen aan de Kerkstraat.")
                .contains("<dd>Snel succes</dd>")
                .contains("<time datetime=\"2026-11-20\">20 november 2026</time>")
                .contains("<legend>Hoe hebben de inwoners van dit succes gehoord?</legend>")
                .contains("<label for=\"channel-LOCAL_PAPER\">In de lokale krant</label>")
                .doesNotContain("al zichtbaar gemaakt");
    }

    @Test
    void aSuccessAlreadyMadeVisibleSaysWhenAndHow() throws Exception {
        when(success.visibleAt()).thenReturn(NOW.minus(Duration.ofDays(1)));
        when(success.visibleHow()).thenReturn(VisibilityChannel.MEETING);

        assertThat(html(mvc.perform(get(SUCCESS).with(professional()))))
                .contains("Dit succes is al zichtbaar gemaakt op 28 november 2026 11:00 (Op een bijeenkomst).");
    }

    @Test
    void recordingHowCompletesTheTaskAndTheDomainsRefusalShowsOnTheForm() throws Exception {
        mvc.perform(post(SUCCESS).with(professional()).with(csrf()).param("channel", "SOCIAL_MEDIA"))
                .andExpect(redirectedUrl("/werkruimte?traject=" + slice.trajectoryId()));
        verify(workflow).complete("t-success", me.id(), new SuccessVisibilityOutcome(VisibilityChannel.SOCIAL_MEDIA));

        doThrow(new RuleViolationException("success", "success.already-visible", "already visible"))
                .when(workflow).complete(eq("t-success"), eq(me.id()), eq(new SuccessVisibilityOutcome(VisibilityChannel.PORTAL)));
        assertThat(html(mvc.perform(post(SUCCESS).with(professional()).with(csrf()).param("channel", "PORTAL"))
                .andExpect(status().isOk()))).contains("Dit succes is al zichtbaar gemaakt voor inwoners.");
    }

    @Test
    void noChannelIsAnError() throws Exception {
        assertThat(html(mvc.perform(post(SUCCESS).with(professional()).with(csrf())).andExpect(status().isOk())))
                .contains("<a href=\"#channel\">Hoe hebben de inwoners van dit succes gehoord?: Kies een van de mogelijkheden.</a>");
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void aSuccessOfAnotherTrajectoryOrATaskNotMineIsNotFound() throws Exception {
        TrajectoryId elsewhere = TrajectoryId.random();
        when(success.trajectoryId()).thenReturn(elsewhere);
        when(workflow.task("t-gone", me.id())).thenThrow(new NotFoundException("task", "t-gone"));

        mvc.perform(get(SUCCESS).with(professional())).andExpect(status().isNotFound());
        mvc.perform(get("/werkruimte/taken/t-gone/voortgangsbericht").with(coordinator())).andExpect(status().isNotFound());
    }

    @Test
    void needsAProfessionalAndACsrfToken() throws Exception {
        mvc.perform(get(UPDATE).with(resident())).andExpect(status().isForbidden());
        mvc.perform(post(UPDATE).with(coordinator()).param("message", "Hoi").param("channel", "PORTAL"))
                .andExpect(status().isForbidden());
        mvc.perform(post(SUCCESS).with(professional()).param("channel", "PORTAL")).andExpect(status().isForbidden());
        verify(workflow, never()).complete(any(), any(), any());
    }
}
