package nl.participationsuite.web.workspace.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SeatCompositionRules;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.seats.SeatCompositionCheck;
import nl.participationsuite.workflow.seats.SeatCompositionOutcome;
import nl.participationsuite.workflow.tasks.TaskContext;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Composing the steering group: a row per participant without a seat, the DMN's verdict shown on
 * "check" without storing anything, and saving a composition that breaks a rule only with a
 * written justification.
 */
@WebSliceTest(WorkspaceTaskFormController.class)
@Import({ TaskPages.class, TaskFormKinds.class, TaskFormFlow.class, SteeringGroupCompositionTaskForm.class,
        Dates.class, FormIds.class, SteeringGroupCompositionTaskControllerTests.FixedClock.class })
class SteeringGroupCompositionTaskControllerTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static final String FORM = "/werkruimte/taken/t1/stuurgroep-samenstellen";

    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);

    private static final LocalDate UNTIL = LocalDate.of(2028, 12, 1);

    private static final String JUSTIFICATION = "Er wilde maar één inwoner meedoen in dit eerste jaar.";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    SteeringGroupService steeringGroups;

    @MockitoBean
    SeatCompositionCheck check;

    @MockitoBean
    People people;

    private final Person me = Person.professional("Marieke de Vries", null, "subject-marieke", OrganisationId.random());

    private final Person anna = Person.resident("Anna Jansen", null, null, null);

    private final Person bram = Person.resident("Bram Bakker", null, null, null);

    private final Person kees = Person.professional("Kees Smit", null, null, OrganisationId.random());

    private final TrajectoryId trajectoryId = TrajectoryId.random();

    private final List<Participant> participants = List.of(participant(me), participant(anna), participant(bram),
            participant(kees));

    @BeforeEach
    void aCoordinatorComposingTheSteeringGroupOfFourParticipants() {
        when(currentPerson.get()).thenReturn(me);
        Trajectory trajectory = mock(Trajectory.class);
        when(trajectory.id()).thenReturn(trajectoryId);
        when(trajectory.reference()).thenReturn("PT-2026-0007");
        when(trajectory.title()).thenReturn("Samen gezond in Dalfsen");
        when(trajectory.participants()).thenReturn(participants);
        when(trajectory.activeParticipants()).thenReturn(participants);
        participants.forEach(p -> when(trajectory.participant(p.id())).thenReturn(p));
        when(trajectories.visibleTo(trajectoryId, me.id())).thenReturn(trajectory);
        when(trajectories.get(trajectoryId)).thenReturn(trajectory);
        when(people.findByIdIn(any())).thenReturn(List.of(me, anna, bram, kees));
        when(steeringGroups.groupOf(trajectoryId)).thenReturn(Optional.empty());
        task("t1", Activities.COMPOSE_STEERING_GROUP, FormKeys.SEAT_COMPOSITION);
        task("t2", Activities.RESTORE_SEATS, FormKeys.SEAT_RESTORATION);
    }

    @Test
    void offersEveryParticipantASeatAndResidentsTheirBackgrounds() throws Exception {
        String page = mvc.perform(get(FORM).with(coordinator())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("<h1>Stuurgroep samenstellen</h1>").contains("De regels voor de stuurgroep")
                .contains("Anna Jansen").contains("Bram Bakker").contains("Kees Smit").contains("Marieke de Vries")
                .contains("<label for=\"rows-1-seat\">Krijgt een zetel</label>")
                .contains("name=\"rows[1].participantId\" value=\"" + participants.get(1).id().value() + "\"")
                .contains("id=\"rows-1-termFrom\" name=\"rows[1].termFrom\" value=\"2026-11-29\"")
                .contains("id=\"rows-1-termUntil\" name=\"rows[1].termUntil\" value=\"2028-11-29\"")
                .contains("id=\"rows-1-backgrounds\"").contains("id=\"rows-2-backgrounds\"")
                .doesNotContain("id=\"rows-0-backgrounds\"").doesNotContain("id=\"rows-3-backgrounds\"")
                .contains("Niet verplicht.")
                .contains("name=\"action\" value=\"check\"").contains("name=\"action\" value=\"save\"")
                .doesNotContain("Uitkomst van de controle");
    }

    @Test
    void checkingShowsEveryRuleKeptOrBrokenAndStoresNothing() throws Exception {
        when(check.check(eq(trajectoryId), anyList())).thenReturn(SeatCompositionRules.evaluate(1, 2, 2));

        String page = mvc.perform(tokenResident().param("action", "check").with(coordinator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("Uitkomst van de controle").contains("voldoet niet aan alle regels")
                .contains("<strong>Klopt niet:</strong> <span>Maar 1 inwoner heeft een zetel. Er zijn er minstens 2 nodig, "
                        + "zodat niemand er als enige inwoner alleen voor staat.</span>")
                .contains("<strong>Klopt:</strong> <span>Inwoners hebben 1 van de 2 zetels. Dat is minstens een derde.</span>")
                .contains("<strong>Klopt:</strong> <span>De inwoners met een zetel brengen samen 2 verschillende achtergronden in.")
                .doesNotContain("id=\"error-summary\"")
                .contains("name=\"rows[1].seat\" value=\"true\" aria-invalid=\"false\" checked=\"checked\"");
        verify(check).check(trajectoryId, List.of(
                new SeatAssignment(participants.get(1).id(), FROM, UNTIL, Set.of(Background.YOUTH, Background.SENIOR)),
                new SeatAssignment(participants.get(3).id(), FROM, UNTIL, Set.of())));
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void savingABrokenCompositionWithoutAJustificationIsRefusedOnTheJustification() throws Exception {
        when(check.check(eq(trajectoryId), anyList())).thenReturn(SeatCompositionRules.evaluate(1, 2, 2));

        String page = mvc.perform(tokenResident().param("action", "save").with(coordinator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("<title>Fout: Stuurgroep samenstellen")
                .contains("<a href=\"#overrideJustification\">Waarom wijkt u af van de regels?: Deze samenstelling voldoet "
                        + "niet aan de regels.")
                .contains("id=\"overrideJustification-error\"").contains("Maar 1 inwoner heeft een zetel.");
        verify(workflow, never()).complete(any(), any(), any());

    }

    @Test
    void aJustificationTheSteeringGroupFindsTooShortIsItsRefusalOnTheJustification() throws Exception {
        when(check.check(eq(trajectoryId), anyList())).thenReturn(SeatCompositionRules.evaluate(1, 2, 2));
        doThrow(new RuleViolationException("overrideJustification", "seats.override-justification-too-short", "short"))
                .when(workflow).complete(eq("t1"), any(), any());

        String tooShort = mvc.perform(tokenResident().param("action", "save").param("overrideJustification", "Geen tijd.")
                        .with(coordinator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(tooShort).contains("<a href=\"#overrideJustification\">Waarom wijkt u af van de regels?: "
                + "Schrijf iets meer: gebruik minstens 20 tekens.</a>");
    }

    @Test
    void savingABrokenCompositionWithAJustificationCompletesTheTaskWithIt() throws Exception {
        when(check.check(eq(trajectoryId), anyList())).thenReturn(SeatCompositionRules.evaluate(1, 2, 2));

        mvc.perform(tokenResident().param("action", "save").param("overrideJustification", JUSTIFICATION)
                        .with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/werkruimte?traject=" + trajectoryId))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("task.notice.completed")));

        verify(workflow).complete("t1", me.id(), new SeatCompositionOutcome(List.of(
                new SeatAssignment(participants.get(1).id(), FROM, UNTIL, Set.of(Background.YOUTH, Background.SENIOR)),
                new SeatAssignment(participants.get(3).id(), FROM, UNTIL, Set.of())), JUSTIFICATION));
    }

    @Test
    void aCompositionThatMeetsTheRulesIsSavedWithoutAJustification() throws Exception {
        when(check.check(eq(trajectoryId), anyList())).thenReturn(SeatCompositionRules.evaluate(2, 3, 2));

        mvc.perform(form().param("rows[1].seat", "true").param("rows[1].backgrounds", "YOUTH")
                        .param("rows[2].seat", "true").param("rows[2].backgrounds", "SENIOR")
                        .param("rows[3].seat", "true").param("action", "save").with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/werkruimte?traject=" + trajectoryId));

        verify(workflow).complete("t1", me.id(), new SeatCompositionOutcome(List.of(
                new SeatAssignment(participants.get(1).id(), FROM, UNTIL, Set.of(Background.YOUTH)),
                new SeatAssignment(participants.get(2).id(), FROM, UNTIL, Set.of(Background.SENIOR)),
                new SeatAssignment(participants.get(3).id(), FROM, UNTIL, Set.of())), null));
    }

    @Test
    void aSeatNeedsATermAndTheFormAtLeastOneSeat() throws Exception {
        String noSeat = mvc.perform(form().param("action", "check").with(coordinator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noSeat).contains("Vink minstens één persoon aan die een zetel krijgt.");

        String noTerm = mvc.perform(form(2).param("rows[2].seat", "true").param("rows[2].termFrom", "")
                        .param("rows[2].termUntil", "2026-11-01").param("action", "check").with(coordinator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(noTerm).contains("<a href=\"#rows-2-termFrom\">Zetel vanaf: Vul dit veld in.</a>")
                .contains("id=\"rows-2-termFrom-error\"");

        String endsBefore = mvc.perform(form(2).param("rows[2].seat", "true").param("rows[2].termFrom", FROM.toString())
                        .param("rows[2].termUntil", "2026-11-01")
                        .param("action", "check").with(coordinator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(endsBefore).contains("<a href=\"#rows-2-termUntil\">Zetel tot: De termijn moet eindigen na de dag "
                + "waarop hij begint.</a>");
        verify(check, never()).check(any(), any());
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void aSeatTheDomainRefusesIsShownOnItsRow() throws Exception {
        when(check.check(eq(trajectoryId), anyList())).thenThrow(new RuleViolationException("seats[1].holderId",
                "participant.stepped-back", "participant has stepped back"));

        String page = mvc.perform(form().param("rows[1].seat", "true").param("rows[2].seat", "true")
                        .param("action", "check").with(coordinator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("<a href=\"#rows-2-seat\">Krijgt een zetel: Deze persoon is gestopt met het traject.</a>")
                .contains("id=\"rows-2-seat-error\"").doesNotContain("Uitkomst van de controle");
    }

    @Test
    void aFormForParticipantsThatChangedMeanwhileIsShownAgainWithANotice() throws Exception {
        mvc.perform(post(FORM).param("rows[0].participantId", participants.get(1).id().value().toString())
                        .param("rows[0].seat", "true").param("action", "save").with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl(FORM))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.problem("task.seats.participants-changed")));
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void aTaskOfAnotherKindIsNotFoundHere() throws Exception {
        mvc.perform(get("/werkruimte/taken/t2/stuurgroep-samenstellen").with(coordinator())).andExpect(status().isNotFound());
        mvc.perform(form("/werkruimte/taken/t2/stuurgroep-samenstellen").param("rows[1].seat", "true")
                .param("action", "save").with(coordinator()).with(csrf())).andExpect(status().isNotFound());
        verify(workflow, never()).complete(any(), any(), any());
    }

    @Test
    void needsAProfessionalAndACsrfToken() throws Exception {
        mvc.perform(get(FORM).with(oidcLogin().authorities(Role.RESIDENT.authority()))).andExpect(status().isForbidden());
        mvc.perform(tokenResident().param("action", "save").param("overrideJustification", JUSTIFICATION)
                .with(coordinator())).andExpect(status().isForbidden());
        verify(workflow, never()).complete(any(), any(), any());
    }

    /** Anna (resident, two backgrounds) and Kees (professional) get a seat. */
    private MockHttpServletRequestBuilder tokenResident() {
        return form().param("rows[1].seat", "true").param("rows[1].backgrounds", "YOUTH", "SENIOR")
                .param("rows[3].seat", "true");
    }

    /** Every row as the page sends it, with the term filled in and nothing ticked. */
    private MockHttpServletRequestBuilder form() {
        return form(FORM, -1);
    }

    /** The rows as the page sends them, but the term of row {@code withoutTerm} left to the test. */
    private MockHttpServletRequestBuilder form(int withoutTerm) {
        return form(FORM, withoutTerm);
    }

    private MockHttpServletRequestBuilder form(String path) {
        return form(path, -1);
    }

    private MockHttpServletRequestBuilder form(String path, int withoutTerm) {
        MockHttpServletRequestBuilder request = post(path);
        for (int i = 0; i < participants.size(); i++) {
            request.param("rows[" + i + "].participantId", participants.get(i).id().value().toString());
            if (i != withoutTerm) {
                request.param("rows[" + i + "].termFrom", FROM.toString())
                        .param("rows[" + i + "].termUntil", UNTIL.toString());
            }
        }
        return request;
    }

    private static Participant participant(Person person) {
        Participant participant = mock(Participant.class);
        when(participant.id()).thenReturn(ParticipantId.random());
        when(participant.personId()).thenReturn(person.id());
        when(participant.kind()).thenReturn(person.kind());
        when(participant.isResident()).thenReturn(person.isResident());
        when(participant.isActive()).thenReturn(true);
        return participant;
    }

    private void task(String id, String definitionKey, String formKey) {
        when(workflow.task(id, me.id())).thenReturn(new WorkflowTask(id, definitionKey, definitionKey, formKey, trajectoryId,
                null, NOW, null));
        when(workflow.context(id, me.id())).thenReturn(new TaskContext(id, definitionKey, trajectoryId, me.id(), Map.of()));
    }

    private static OidcLoginRequestPostProcessor coordinator() {
        return oidcLogin().authorities(Role.PROFESSIONAL.authority(), Role.COORDINATOR.authority());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
        }
    }
}
