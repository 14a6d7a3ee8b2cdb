package nl.participationsuite.web.workspace;

import nl.participationsuite.web.forms.Notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryHeading;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import nl.participationsuite.workflow.tasks.TaskPage;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TaskSubject;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(WorkspaceController.class)
@Import({ TaskInbox.class, WorkspaceControllerTests.FixedClock.class })
class WorkspaceControllerTests {

    /** 29 November 2026, 11:00 in Amsterdam. */
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static final String RECRUIT_LABEL = "Inwoners werven en bestaande netwerken in kaart brengen";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Person me = Person.professional("Jeroen Bakker", null, "subject-jeroen", OrganisationId.random());

    private final TrajectoryId schulden = TrajectoryId.random();

    private final TrajectoryId eenzaamheid = TrajectoryId.random();

    private final List<TrajectoryHeading> headings = new ArrayList<>();

    @BeforeEach
    void aLinkedProfessionalInTwoTrajectories() {
        when(currentPerson.get()).thenReturn(me);
        trajectory(schulden, "PT-2026-0001", "Schuldhulp dichterbij");
        trajectory(eenzaamheid, "PT-2026-0002", "Samen tegen eenzaamheid");
        when(trajectories.openWorkedOnBy(me.id(), TaskInbox.FILTER_OPTIONS + 1)).thenReturn(headings);
        when(trajectories.headings(any())).thenAnswer(invocation -> {
            Collection<TrajectoryId> ids = invocation.getArgument(0);
            return headings.stream().filter(heading -> ids.contains(heading.id())).toList();
        });
        givenTasks(List.of());
    }

    @Test
    void showsMyTasksAndTheTasksOpenToMeInTwoTablesWithDutchLabels() throws Exception {
        WorkflowTask recruit = task("t-open", Activities.RECRUIT_RESIDENTS, schulden, null, null);
        WorkflowTask draft = task("t-claimed", Activities.DRAFT_VISION, schulden, me.id(), null);
        WorkflowTask review = task("t-personal", Activities.REVIEW_VISION, eenzaamheid, me.id(), null);
        givenTasks(List.of(recruit, draft, review));

        String page = mvc.perform(get("/werkruimte").with(professional()))
                .andExpect(status().isOk())
                .andExpect(view().name(WorkspaceController.INBOX_VIEW))
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("lang=\"nl\"").contains("<h1>Mijn werkruimte</h1>")
                .contains("<h2 id=\"mine-heading\">Mijn taken</h2>").contains("<h2 id=\"open-heading\">Open voor mij</h2>")
                .contains("Taken die op uw naam staan, de oudste eerst.").contains("<th scope=\"col\">Taak</th>");
        String mine = table(page, "mine");
        assertThat(mine).contains("<th scope=\"row\"><a href=\"/werkruimte/taken/t-claimed\">Gezamenlijke visie opstellen</a></th>")
                .contains("<th scope=\"row\"><a href=\"/werkruimte/taken/t-personal\">Gezamenlijke visie beoordelen</a></th>")
                .contains("PT-2026-0001").contains("Schuldhulp dichterbij").contains("PT-2026-0002")
                .contains("action=\"/werkruimte/taken/t-claimed/teruggeven\"")
                .doesNotContain("/werkruimte/taken/t-personal/teruggeven").contains("Alleen voor u")
                .doesNotContain("oppakken");
        String open = table(page, "open");
        assertThat(open).contains("<th scope=\"row\"><a href=\"/werkruimte/taken/t-open\">" + RECRUIT_LABEL + "</a></th>")
                .contains("action=\"/werkruimte/taken/t-open/oppakken\"").contains("Oppakken")
                .contains("<span class=\"visually-hidden\">: " + RECRUIT_LABEL + "</span>")
                .contains("name=\"_csrf\"").doesNotContain("teruggeven");
        assertThat(page).contains("<time datetime=\"2026-11-29T09:00+01:00\">29-11-2026 09:00</time>");
    }

    @Test
    void namesWhomOrWhatEachTaskIsAbout() throws Exception {
        WorkflowTask conversation = task("t-conversation", Activities.MOTIVATION_CONVERSATION, schulden, null, null);
        WorkflowTask answer = task("t-answer", Activities.RESPOND_TO_INPUT, schulden, null, null);
        WorkflowTask vote = task("t-vote", Activities.CAST_VOTE, eenzaamheid, me.id(), null);
        WorkflowTask recruit = task("t-recruit", Activities.RECRUIT_RESIDENTS, schulden, null, null);
        givenTasks(List.of(conversation, answer, vote, recruit));
        when(workflow.subjects(any())).thenReturn(Map.of(
                "t-conversation", new TaskSubject(TaskSubject.Kind.PERSON, "Fatima el Amrani"),
                "t-answer", new TaskSubject(TaskSubject.Kind.INPUT, "Te weinig bankjes in het park"),
                "t-vote", new TaskSubject(TaskSubject.Kind.PROPOSAL, "Bankjes langs de wandelroute")));

        String page = mvc.perform(get("/werkruimte").with(professional())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(table(page, "open")).contains("<span class=\"task-subject\">met Fatima el Amrani</span>")
                .contains("<span class=\"task-subject\">inbreng: „Te weinig bankjes in het park”</span>");
        assertThat(table(page, "mine")).contains("<span class=\"task-subject\">voorstel: Bankjes langs de wandelroute</span>");
        assertThat(page).containsOnlyOnce("task-subject\">met ")
                .contains("<span class=\"visually-hidden\">: Motivatiegesprek voeren met Fatima el Amrani</span>");
        verify(workflow, times(1)).subjects(any());
    }

    @Test
    void marksAnOverdueTaskInWordsNotByColourAlone() throws Exception {
        WorkflowTask late = task("t-late", Activities.RESPOND_TO_INPUT, schulden, null, NOW.minusSeconds(86_400));
        WorkflowTask inTime = task("t-in-time", Activities.MAKE_SUCCESS_VISIBLE, schulden, null, NOW.plusSeconds(86_400));
        givenTasks(List.of(late, inTime));

        String page = mvc.perform(get("/werkruimte").with(professional()))
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(count(page, "<strong class=\"overdue-marker\">te laat</strong>")).isEqualTo(1);
        assertThat(rowOf(page, "Reageren op de inbreng van een inwoner")).contains("28-11-2026 11:00").contains("te laat");
        assertThat(rowOf(page, "Een succes zichtbaar maken")).contains("30-11-2026 11:00").doesNotContain("te laat");
    }

    @Test
    void readsBothListsAsOnePageEachAndTheirTrajectoriesInOneLookUp() throws Exception {
        givenTasks(List.of(
                task("t1", Activities.RECRUIT_RESIDENTS, schulden, null, null),
                task("t2", Activities.DRAFT_VISION, schulden, me.id(), null),
                task("t3", Activities.MOTIVATION_CONVERSATION, eenzaamheid, null, null)));

        mvc.perform(get("/werkruimte").with(professional())).andExpect(status().isOk());

        verify(workflow).tasks(new TaskSearch(me.id(), TaskSearch.Which.MINE, null, Set.of()), 0, TaskInbox.PAGE_SIZE);
        verify(workflow).tasks(new TaskSearch(me.id(), TaskSearch.Which.OPEN, null, Set.of()), 0, TaskInbox.PAGE_SIZE);
        verify(workflow, never()).tasks(any(TaskSearch.class));
        verify(trajectories, times(1)).headings(Set.of(schulden, eenzaamheid));
        verify(trajectories, never()).visibleTo(any(TrajectoryId.class), any());
    }

    @Test
    void offersAFieldForTheReferenceToSomeoneWhoWorksInTooManyTrajectoriesToList() throws Exception {
        List<TrajectoryHeading> many = new ArrayList<>();
        for (int i = 0; i <= TaskInbox.FILTER_OPTIONS; i++) {
            many.add(new TrajectoryHeading(TrajectoryId.random(), "PT-2026-%04d".formatted(100 + i), "Traject " + i));
        }
        when(trajectories.openWorkedOnBy(me.id(), TaskInbox.FILTER_OPTIONS + 1)).thenReturn(many);
        when(trajectories.openWorkedOnBy(me.id(), "pt-2026-0002"))
                .thenReturn(Optional.of(new TrajectoryHeading(eenzaamheid, "PT-2026-0002", "Samen tegen eenzaamheid")));
        givenTasks(List.of(
                task("t-schulden", Activities.RECRUIT_RESIDENTS, schulden, null, null),
                task("t-eenzaamheid", Activities.MOTIVATION_CONVERSATION, eenzaamheid, null, null)));

        String page = mvc.perform(get("/werkruimte").param("referentie", "pt-2026-0002").with(professional()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).doesNotContain("<select").contains("<label for=\"referentie\">Referentie van het traject</label>")
                .contains("value=\"PT-2026-0002\"").contains("Motivatiegesprek voeren").doesNotContain(RECRUIT_LABEL)
                .contains("<input type=\"hidden\" name=\"traject\" value=\"" + eenzaamheid + "\">");

        String unknown = mvc.perform(get("/werkruimte").param("referentie", "PT-1999-0001").with(professional()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(unknown).contains("U werkt niet in een lopend traject met referentie PT-1999-0001.")
                .contains("aria-invalid=\"true\"").contains("Motivatiegesprek voeren").contains(RECRUIT_LABEL);
    }

    @Test
    void saysInPlainDutchWhenThereIsNothingToDo() throws Exception {
        givenTasks(List.of());

        mvc.perform(get("/werkruimte").with(professional()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U hebt nu geen taken op uw naam.")))
                .andExpect(content().string(containsString("Er staan nu geen taken voor u open.")))
                .andExpect(content().string(not(containsString("<table"))))
                .andExpect(content().string(not(containsString("<select"))));
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        givenTasks(List.of(
                task("t1", Activities.RECRUIT_RESIDENTS, schulden, null, NOW.minusSeconds(60))));

        mvc.perform(get("/werkruimte").param("lang", "en").with(professional()))
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andExpect(content().string(containsString("<h2 id=\"mine-heading\">My tasks</h2>")))
                .andExpect(content().string(containsString("You have no tasks on your name right now.")))
                .andExpect(content().string(containsString("Recruit residents and map existing networks")))
                .andExpect(content().string(containsString(">overdue</strong>")))
                .andExpect(content().string(containsString("Pick up")))
                .andExpect(content().string(containsString("29 Nov 2026 09:00")));
    }

    @Test
    void showsTheEnginesNameForATaskWithoutLabel() throws Exception {
        givenTasks(List.of(task("t1", "SomeNewTask", schulden, null, null)));

        mvc.perform(get("/werkruimte").with(professional()))
                .andExpect(content().string(containsString(">Engine name of SomeNewTask</a></th>")));
    }

    @Test
    void filtersByTrajectoryAndKeepsTheChoiceSelected() throws Exception {
        givenTasks(List.of(
                task("t-schulden", Activities.RECRUIT_RESIDENTS, schulden, null, null),
                task("t-eenzaamheid", Activities.MOTIVATION_CONVERSATION, eenzaamheid, null, null)));

        String page = mvc.perform(get("/werkruimte").param("traject", eenzaamheid.toString()).with(professional()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("<label for=\"traject\">Traject</label>")
                .contains("<option value=\"\">Alle trajecten</option>")
                .contains("<option value=\"" + eenzaamheid + "\" selected=\"selected\">PT-2026-0002 – Samen tegen eenzaamheid</option>")
                .contains("<option value=\"" + schulden + "\">PT-2026-0001 – Schuldhulp dichterbij</option>")
                .contains("Motivatiegesprek voeren").doesNotContain(RECRUIT_LABEL)
                .contains("U hebt in dit traject geen taken op uw naam.")
                .contains("<input type=\"hidden\" name=\"traject\" value=\"" + eenzaamheid + "\">")
                .contains("<button type=\"submit\" class=\"button\">Tonen</button>");
    }

    @Test
    void namesNothingOfATrajectoryOutsideMyWorkWhenItsIdIsInTheAddress() throws Exception {
        TrajectoryHeading foreign = new TrajectoryHeading(TrajectoryId.random(), "PT-2026-0999", "Geheim traject");
        doAnswer(invocation -> {
            Collection<TrajectoryId> ids = invocation.getArgument(0);
            return ids.contains(foreign.id()) ? List.of(foreign) : List.of();
        }).when(trajectories).headings(any());
        givenTasks(List.of(task("t1", Activities.RECRUIT_RESIDENTS, schulden, null, null)));

        mvc.perform(get("/werkruimte").param("traject", foreign.id().toString()).with(professional()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("PT-2026-0999"))))
                .andExpect(content().string(not(containsString("Geheim traject"))))
                .andExpect(content().string(containsString("In dit traject staan nu geen taken voor u open.")));
    }

    @Test
    void pagesAListLongerThanTwentyTasks() throws Exception {
        List<WorkflowTask> many = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            many.add(task("t" + i, Activities.RESPOND_TO_INPUT, schulden, null, null));
        }
        givenTasks(many);

        String first = mvc.perform(get("/werkruimte").with(professional()))
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(count(table(first, "open"), "<tr>")).isEqualTo(1 + 20);
        assertThat(first).contains("<nav class=\"pagination\" aria-label=\"Pagina&#39;s van Open voor mij\">")
                .contains("Pagina 1 van 2").contains("href=\"/werkruimte?paginaOpen=2\" rel=\"next\"")
                .doesNotContain("rel=\"prev\"").doesNotContain("aria-label=\"Pagina&#39;s van Mijn taken\"");

        String second = mvc.perform(get("/werkruimte").param("paginaOpen", "2").with(professional()))
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(count(table(second, "open"), "<tr>")).isEqualTo(1 + 5);
        assertThat(second).contains("Pagina 2 van 2").contains("href=\"/werkruimte\" rel=\"prev\"")
                .doesNotContain("rel=\"next\"").contains("/werkruimte/taken/t25/oppakken")
                .doesNotContain("/werkruimte/taken/t20/oppakken");

        String beyond = mvc.perform(get("/werkruimte").param("paginaOpen", "9").with(professional()))
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(beyond).contains("Pagina 2 van 2");
    }

    @Test
    void claimsATaskAndComesBackToTheInboxWithANotice() throws Exception {
        mvc.perform(post("/werkruimte/taken/t1/oppakken").with(professional()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte"))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("workspace.notice.claimed")));

        verify(workflow).claim("t1", me.id());
    }

    @Test
    void releasesATaskAndKeepsTheTrajectoryFilter() throws Exception {
        mvc.perform(post("/werkruimte/taken/t1/teruggeven").param("traject", schulden.toString())
                        .with(professional()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte?traject=" + schulden))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("workspace.notice.released")));

        verify(workflow).release("t1", me.id());
    }

    @Test
    void refusesAnActionWithoutCsrfToken() throws Exception {
        mvc.perform(post("/werkruimte/taken/t1/oppakken").with(professional()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/werkruimte/taken/t1/teruggeven").with(professional()))
                .andExpect(status().isForbidden());

        verify(workflow, never()).claim(any(), any());
        verify(workflow, never()).release(any(), any());
    }

    @Test
    void tellsWhenSomeoneElseTookTheTaskFirst() throws Exception {
        doThrow(new TaskConflictException(TaskConflictException.Reason.CLAIMED_BY_COLLEAGUE, "Sanne Visser", "taken", null))
                .when(workflow).claim("t1", me.id());
        doThrow(new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_SOMEONE_ELSE, "done"))
                .when(workflow).claim("t2", me.id());

        mvc.perform(post("/werkruimte/taken/t1/oppakken").with(professional()).with(csrf()))
                .andExpect(redirectedUrl("/werkruimte"))
                .andExpect(flash().attribute(Notice.ATTRIBUTE,
                        new Notice(true, "task.conflict.claimed-by-colleague", "Sanne Visser")));
        mvc.perform(post("/werkruimte/taken/t2/oppakken").with(professional()).with(csrf()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.problem("task.conflict.completed-by-someone-else")));
    }

    @Test
    void showsANoticeOnTheInboxAsTextWithItsKind() throws Exception {
        givenTasks(List.of());

        mvc.perform(get("/werkruimte").flashAttr(Notice.ATTRIBUTE,
                        new Notice(true, "task.conflict.claimed-by-colleague", "Sanne Visser")).with(professional()))
                .andExpect(content().string(containsString("<div class=\"notice notice-problem\" role=\"alert\">")))
                .andExpect(content().string(containsString("<strong>Let op:</strong>")))
                .andExpect(content().string(containsString("Sanne Visser werkt aan deze taak. Vraag Sanne Visser")));
        mvc.perform(get("/werkruimte").flashAttr(Notice.ATTRIBUTE, Notice.success("workspace.notice.claimed"))
                        .with(professional()))
                .andExpect(content().string(containsString("<div class=\"notice notice-success\" role=\"status\">")))
                .andExpect(content().string(containsString("<strong>Gelukt:</strong>")))
                .andExpect(content().string(containsString("De taak staat nu op uw naam.")));
    }

    @Test
    void explainsThatAPersonalTaskCannotBeGivenBack() throws Exception {
        doThrow(new RuleViolationException("taskId", "task.not-releasable", "not a group task"))
                .when(workflow).release("t1", me.id());

        mvc.perform(post("/werkruimte/taken/t1/teruggeven").with(professional()).with(csrf()))
                .andExpect(redirectedUrl("/werkruimte"))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.problem("workspace.notice.not-releasable")));
    }

    @Test
    void showsTheNotFoundPageForATaskThatIsNotThereOrNotMine() throws Exception {
        doThrow(new NotFoundException("task", "t9")).when(workflow).claim("t9", me.id());

        mvc.perform(post("/werkruimte/taken/t9/oppakken").with(professional()).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(view().name(WorkspaceExceptionHandler.ERROR_VIEW))
                .andExpect(content().string(containsString("Deze pagina bestaat niet, of is niet voor u bedoeld.")))
                .andExpect(content().string(containsString("Foutcode 404")));
    }

    @Test
    void keepsResidentsOutOfTheWorkspace() throws Exception {
        mvc.perform(get("/werkruimte").with(oidcLogin().authorities(Role.RESIDENT.authority())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/werkruimte/taken/t1/oppakken").with(oidcLogin().authorities(Role.RESIDENT.authority()))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        verify(workflow, never()).tasks(any(), anyInt(), anyInt());
        verify(workflow, never()).claim(any(), any());
    }

    @Test
    void sendsAnonymousVisitorsToTheLogin() throws Exception {
        mvc.perform(get("/werkruimte")).andExpect(status().isFound());

        verify(workflow, never()).tasks(any(), anyInt(), anyInt());
    }

    @Test
    void tellsAnAccountThatIsNotLinkedYetWhomToAsk() throws Exception {
        when(currentPerson.get()).thenThrow(new NotAllowedException("account.not-linked", "not linked"));

        mvc.perform(get("/werkruimte").with(professional()))
                .andExpect(status().isForbidden())
                .andExpect(view().name(WorkspaceExceptionHandler.NOT_LINKED_VIEW))
                .andExpect(content().string(containsString("<h1 id=\"not-linked-heading\">Uw account is nog niet gekoppeld</h1>")))
                .andExpect(content().string(containsString("Vraag de coördinator van uw traject")))
                .andExpect(content().string(containsString("Noem daarbij uw gebruikersnaam: jbakker")));
        mvc.perform(post("/werkruimte/taken/t1/oppakken").with(professional()).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(view().name(WorkspaceExceptionHandler.NOT_LINKED_VIEW));
    }

    private OidcLoginRequestPostProcessor professional() {
        return oidcLogin().idToken(token -> token.claim("preferred_username", "jbakker"))
                .authorities(Role.PROFESSIONAL.authority());
    }

    private void trajectory(TrajectoryId id, String reference, String title) {
        headings.add(new TrajectoryHeading(id, reference, title));
    }

    /**
     * The person's tasks as the database holds them: the workflow answers each search with a page of
     * them, filtered and counted as its SQL does, and the domain the headings of their trajectories.
     */
    private void givenTasks(List<WorkflowTask> tasks) {
        when(workflow.tasks(any(TaskSearch.class), anyInt(), anyInt())).thenAnswer(invocation -> {
            TaskSearch search = invocation.getArgument(0);
            int offset = invocation.getArgument(1);
            int limit = invocation.getArgument(2);
            List<WorkflowTask> found = tasks.stream()
                    .filter(task -> search.trajectory() == null || search.trajectory().equals(task.trajectoryId()))
                    .filter(task -> switch (search.which()) {
                        case MINE -> me.id().equals(task.assignee());
                        case OPEN -> task.assignee() == null;
                        case MINE_AND_OPEN -> true;
                    })
                    .toList();
            return new TaskPage(found.subList(Math.min(offset, found.size()), Math.min(offset + limit, found.size())),
                    found.size(), offset, limit);
        });
    }

    /** A task created two hours before now. */
    private static WorkflowTask task(String id, String definitionKey, TrajectoryId trajectory, PersonId assignee,
            Instant due) {
        return new WorkflowTask(id, definitionKey, "Engine name of " + definitionKey, "outcome:Something", trajectory,
                assignee, NOW.minusSeconds(7200), due);
    }

    private static String table(String page, String kind) {
        Matcher table = Pattern.compile("(?s)<table class=\"tasks\" id=\"" + kind + "-tasks\">.*?</table>").matcher(page);
        assertThat(table.find()).as("the table of " + kind).isTrue();
        return table.group();
    }

    private static String rowOf(String page, String label) {
        Matcher row = Pattern.compile("(?s)<tr[^>]*>\\s*<th scope=\"row\"><a href=\"[^\"]*\">" + Pattern.quote(label) + "</a></th>.*?</tr>")
                .matcher(page);
        assertThat(row.find()).as("the row of " + label).isTrue();
        return row.group();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
        }
    }
}
