package nl.participationsuite.web.trajectories;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
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
}
