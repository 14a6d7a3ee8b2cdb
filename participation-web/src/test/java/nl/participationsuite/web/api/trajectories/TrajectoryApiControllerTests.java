package nl.participationsuite.web.api.trajectories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.trajectory.TrajectorySummary;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(TrajectoryApiController.class)
@Import(TrajectoryViews.class)
class TrajectoryApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    TrajectoryWorkflow workflow;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    People people;

    @Test
    void refusesAnAccountThatIsNotLinkedToAPerson() throws Exception {
        when(currentPerson.get()).thenThrow(new NotAllowedException("account.not-linked", "not linked"));

        mvc.perform(get("/api/v1/trajectories").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("account.not-linked"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Uw account is nog niet gekoppeld")));
    }

    @Test
    void listsThePageOfTheTrajectoriesInScopeThatTheDatabaseFoundInTheAskedPhase() throws Exception {
        Person me = Person.professional("Jeroen Bakker", null, "s", OrganisationId.random());
        when(currentPerson.get()).thenReturn(me);
        TrajectorySummary summary = new TrajectorySummary(TrajectoryId.random(), "PT-2026-0007", "Gezonde wijk",
                "Gezondheid", "Lemelerveld", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                Phase.WORKING_TOGETHER, 2, Instant.parse("2026-03-01T09:00:00Z"), null, me.id(), "Jeroen Bakker");
        when(trajectories.summariesVisibleTo(me.id(), Phase.WORKING_TOGETHER, PageRequest.of(1, 5)))
                .thenReturn(new PageImpl<>(List.of(summary), PageRequest.of(1, 5), 6));

        mvc.perform(get("/api/v1/trajectories?page=1&size=5&phase=WORKING_TOGETHER")
                        .with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(summary.id().value().toString()))
                .andExpect(jsonPath("$.content[0].reference").value("PT-2026-0007"))
                .andExpect(jsonPath("$.content[0].phase").value("WORKING_TOGETHER"))
                .andExpect(jsonPath("$.content[0].cycle").value(2))
                .andExpect(jsonPath("$.page.size").value(5))
                .andExpect(jsonPath("$.page.number").value(1))
                .andExpect(jsonPath("$.page.totalElements").value(6))
                .andExpect(jsonPath("$.page.totalPages").value(2));
    }

    @Test
    void refusesAPageOutOfBoundsOrAnUnknownPhaseWithAProblem() throws Exception {
        when(currentPerson.get()).thenReturn(Person.professional("Jeroen Bakker", null, "s", OrganisationId.random()));

        for (String query : List.of("size=101", "size=0", "page=-1", "page=first", "phase=SOMEWHERE")) {
            mvc.perform(get("/api/v1/trajectories?" + query).with(jwt().authorities(Role.PROFESSIONAL.authority())))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        verify(trajectories, never()).summariesVisibleTo(any(), any(), any());
    }

    @Test
    void answersATrajectoryOutsideTheCallersScopeWithNotFound() throws Exception {
        Person me = Person.professional("Jeroen Bakker", null, "s", OrganisationId.random());
        when(currentPerson.get()).thenReturn(me);
        TrajectoryId id = TrajectoryId.random();
        when(trajectories.visibleTo(id, me.id())).thenThrow(new NotFoundException("trajectory", id));

        mvc.perform(get("/api/v1/trajectories/" + id).with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Niet gevonden"));
    }

    @Test
    void refusesAStartWithFieldErrorsBeforeStartingAnything() throws Exception {
        mvc.perform(post("/api/v1/trajectories").with(jwt().authorities(Role.COORDINATOR.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"\", \"minimumChannels\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'minimumChannels')]").exists());
        verify(workflow, never()).start(any());
    }

    @Test
    void refusesAStartByAProfessionalWhoIsNoCoordinator() throws Exception {
        mvc.perform(post("/api/v1/trajectories").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void answersALeadershipOrChannelRuleOfTheDomainWithAProblemOnItsField() throws Exception {
        Person coordinator = Person.professional("Marieke de Vries", null, "s", OrganisationId.random());
        when(currentPerson.get()).thenReturn(coordinator);
        when(workflow.start(any())).thenThrow(new RuleViolationException("minimumChannelsJustification",
                "trajectory.single-channel-unjustified", "needs a justification"));
        Person resident = Person.resident("Anouk Smit", null, null, null);

        mvc.perform(post("/api/v1/trajectories").with(jwt().authorities(Role.COORDINATOR.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Samen", "topic": "Gezondheid", "area": "Dalfsen", "kind": "RESIDENT_INITIATIVE",
                                 "intendedLevel": "PARTICIPATION", "coordinatorId": "%s", "minimumChannels": 1}"""
                                .formatted(resident.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'minimumChannelsJustification')]").exists());

        ArgumentCaptor<StartTrajectory> start = ArgumentCaptor.forClass(StartTrajectory.class);
        verify(workflow).start(start.capture());
        assertThat(start.getValue().coordinatorId()).isEqualTo(resident.id());
        assertThat(start.getValue().contactPersonId()).isEqualTo(coordinator.id());
        assertThat(start.getValue().minimumChannels()).isEqualTo(1);
    }
}
