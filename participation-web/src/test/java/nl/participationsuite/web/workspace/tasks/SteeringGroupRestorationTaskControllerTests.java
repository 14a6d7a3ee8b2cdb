package nl.participationsuite.web.workspace.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
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
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.seats.SeatCompositionCheck;
import nl.participationsuite.workflow.seats.SeatRestorationOutcome;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.domain.seats.Seat;
import nl.participationsuite.domain.seats.SteeringGroup;
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

/**
 * Restoring the steering group after a step back: who stepped back, the seats that remain and the
 * DMN's verdict on them now; only participants without a seat are offered one.
 */
@WebSliceTest(WorkspaceTaskFormController.class)
@Import({ TaskPages.class, TaskFormKinds.class, TaskFormFlow.class, SteeringGroupRestorationTaskForm.class,
        Dates.class, FormIds.class, SteeringGroupRestorationTaskControllerTests.FixedClock.class })
class SteeringGroupRestorationTaskControllerTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static final String FORM = "/werkruimte/taken/t2/stuurgroep-herstellen";

    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);

    private static final LocalDate UNTIL = LocalDate.of(2028, 12, 1);

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

    private final Person carla = Person.resident("Carla Visser", null, null, null);

    private final TrajectoryId trajectoryId = TrajectoryId.random();

    private final Participant coordinator = participant(me, true);

    private final Participant annaTakesPart = participant(anna, true);

    private final Participant bramSteppedBack = participant(bram, false);

    private final Participant carlaTakesPart = participant(carla, true);

    @BeforeEach
    void bramSteppedBackAndAnnaIsTheOnlyResidentLeftWithASeat() {
        when(currentPerson.get()).thenReturn(me);
        Trajectory trajectory = mock(Trajectory.class);
        when(trajectory.id()).thenReturn(trajectoryId);
        when(trajectory.reference()).thenReturn("PT-2026-0007");
        when(trajectory.title()).thenReturn("Samen gezond in Dalfsen");
        List<Participant> all = List.of(coordinator, annaTakesPart, bramSteppedBack, carlaTakesPart);
        when(trajectory.participants()).thenReturn(all);
        when(trajectory.activeParticipants()).thenReturn(List.of(coordinator, annaTakesPart, carlaTakesPart));
        all.forEach(p -> when(trajectory.participant(p.id())).thenReturn(p));
        when(trajectories.visibleTo(trajectoryId, me.id())).thenReturn(trajectory);
        when(trajectories.get(trajectoryId)).thenReturn(trajectory);
        when(people.findByIdIn(any())).thenReturn(List.of(me, anna, bram, carla));
        ParticipantId annaId = annaTakesPart.id();
        ParticipantId coordinatorId = coordinator.id();
        String bramId = bramSteppedBack.id().toString();
        Seat annasSeat = mock(Seat.class);
        when(annasSeat.holderId()).thenReturn(annaId);
        when(annasSeat.isResidentSeat()).thenReturn(true);
        when(annasSeat.termFrom()).thenReturn(LocalDate.of(2026, 6, 1));
        when(annasSeat.termUntil()).thenReturn(LocalDate.of(2028, 6, 1));
        when(annasSeat.backgrounds()).thenReturn(Set.of(Background.INFORMAL_CARER));
        when(annasSeat.isAccepted()).thenReturn(true);
        Seat coordinatorsSeat = mock(Seat.class);
        when(coordinatorsSeat.holderId()).thenReturn(coordinatorId);
        when(coordinatorsSeat.termFrom()).thenReturn(LocalDate.of(2026, 6, 1));
        when(coordinatorsSeat.termUntil()).thenReturn(LocalDate.of(2028, 6, 1));
        when(coordinatorsSeat.backgrounds()).thenReturn(Set.of());
        SteeringGroup group = mock(SteeringGroup.class);
        when(group.occupiedSeats()).thenReturn(List.of(annasSeat, coordinatorsSeat));
        when(steeringGroups.groupOf(trajectoryId)).thenReturn(Optional.of(group));
        when(check.check(trajectoryId, List.of())).thenReturn(SeatCompositionRules.evaluate(1, 2, 1));
        when(workflow.task("t2", me.id())).thenReturn(new WorkflowTask("t2", Activities.RESTORE_SEATS,
                Activities.RESTORE_SEATS, FormKeys.SEAT_RESTORATION, trajectoryId, null, NOW, null));
        when(workflow.context("t2", me.id())).thenReturn(new TaskContext("t2", Activities.RESTORE_SEATS, trajectoryId,
                me.id(), Map.of(VariableNames.PARTICIPANT_ID, bramId)));
        when(workflow.task("t1", me.id())).thenReturn(new WorkflowTask("t1", Activities.COMPOSE_STEERING_GROUP,
                Activities.COMPOSE_STEERING_GROUP, FormKeys.SEAT_COMPOSITION, trajectoryId, null, NOW, null));
    }

    @Test
    void saysWhoSteppedBackWhatRemainsAndOffersASeatOnlyToThoseWithout() throws Exception {
        String page = mvc.perform(get(FORM).with(coordinatorLogin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("<h1>De samenstelling van de stuurgroep herstellen</h1>")
                .contains("Bram Bakker is gestopt met het traject.")
                .contains("<th scope=\"row\">Anna Jansen</th>").contains("Mantelzorger")
                .contains("Zo staat de stuurgroep er nu voor")
                .contains("Maar 1 inwoner heeft een zetel.")
                .contains("maar 1 achtergrond in.")
                .contains("name=\"rows[0].participantId\" value=\"" + carlaTakesPart.id().value() + "\"")
                .doesNotContain("rows[1].participantId");
    }

    @Test
    void addingASeatCompletesTheTaskWithTheNewSeat() throws Exception {
        when(check.check(eq(trajectoryId), anyList())).thenReturn(SeatCompositionRules.evaluate(2, 3, 2));

        mvc.perform(post(FORM).param("rows[0].participantId", carlaTakesPart.id().value().toString())
                        .param("rows[0].seat", "true").param("rows[0].termFrom", FROM.toString())
                        .param("rows[0].termUntil", UNTIL.toString()).param("rows[0].backgrounds", "YOUTH")
                        .param("action", "save").with(coordinatorLogin()).with(csrf()))
                .andExpect(redirectedUrl("/werkruimte?traject=" + trajectoryId));

        verify(workflow).complete("t2", me.id(), new SeatRestorationOutcome(List.of(
                new SeatAssignment(carlaTakesPart.id(), FROM, UNTIL, Set.of(Background.YOUTH))), null));
    }

    @Test
    void withNoOneToSeatTheGroupStaysAsItIsOnlyWithAWrittenJustification() throws Exception {
        String page = mvc.perform(post(FORM).param("rows[0].participantId", carlaTakesPart.id().value().toString())
                        .param("rows[0].termFrom", FROM.toString()).param("rows[0].termUntil", UNTIL.toString())
                        .param("action", "save").with(coordinatorLogin()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Vink minstens één persoon aan").contains("overrideJustification-error");
        verify(workflow, never()).complete(any(), any(), any());

        String justification = "Carla wil eerst een bijeenkomst meemaken; tot dan gaat de stuurgroep zo verder.";
        mvc.perform(post(FORM).param("rows[0].participantId", carlaTakesPart.id().value().toString())
                        .param("rows[0].termFrom", FROM.toString()).param("rows[0].termUntil", UNTIL.toString())
                        .param("overrideJustification", justification)
                        .param("action", "save").with(coordinatorLogin()).with(csrf()))
                .andExpect(redirectedUrl("/werkruimte?traject=" + trajectoryId));

        verify(workflow).complete("t2", me.id(), new SeatRestorationOutcome(List.of(), justification));
    }

    @Test
    void aTaskOfAnotherKindIsNotFoundHere() throws Exception {
        mvc.perform(get("/werkruimte/taken/t1/stuurgroep-herstellen").with(coordinatorLogin()))
                .andExpect(status().isNotFound());
        verify(workflow, never()).complete(any(), any(), any());
    }

    private static Participant participant(Person person, boolean active) {
        Participant participant = mock(Participant.class);
        when(participant.id()).thenReturn(ParticipantId.random());
        when(participant.personId()).thenReturn(person.id());
        when(participant.kind()).thenReturn(person.kind());
        when(participant.isResident()).thenReturn(person.isResident());
        when(participant.isActive()).thenReturn(active);
        return participant;
    }

    private static OidcLoginRequestPostProcessor coordinatorLogin() {
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
