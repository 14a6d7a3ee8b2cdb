package nl.participationsuite.web.api.success;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.success.RegisterSuccess;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessId;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.success.VisibilityChannel;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.SuccessCriterionId;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.success.SuccessWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(SuccessApiController.class)
class SuccessApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    SuccessService successes;

    @MockitoBean
    SuccessWorkflow workflow;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Person me = Person.professional("Jeroen Bakker", null, "s", OrganisationId.random());

    private final TrajectoryId trajectoryId = TrajectoryId.random();

    @BeforeEach
    void aProfessionalWhoSeesTheTrajectory() {
        when(currentPerson.get()).thenReturn(me);
        Trajectory trajectory = mock(Trajectory.class);
        when(trajectory.id()).thenReturn(trajectoryId);
        when(trajectories.visibleTo(trajectoryId, me.id())).thenReturn(trajectory);
    }

    @Test
    void listsTheSuccessesMostRecentlyAchievedFirst() throws Exception {
        Success earlier = success("Bankje bij de bushalte", LocalDate.of(2026, 9, 1));
        Success later = success("Wandelroute geopend", LocalDate.of(2026, 11, 1));
        when(later.isVisible()).thenReturn(true);
        when(later.visibleHow()).thenReturn(VisibilityChannel.NEWSLETTER);
        when(successes.page(trajectoryId, null, PageRequest.of(0, 20)))
                .thenReturn(new PageImpl<>(List.of(later, earlier), PageRequest.of(0, 20), 2));

        mvc.perform(get(successes()).with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].title").value("Wandelroute geopend"))
                .andExpect(jsonPath("$.content[0].visible").value(true))
                .andExpect(jsonPath("$.content[0].visibleHow").value("NEWSLETTER"))
                .andExpect(jsonPath("$.content[1].title").value("Bankje bij de bushalte"))
                .andExpect(jsonPath("$.content[1].achievedOn").value("2026-09-01"))
                .andExpect(jsonPath("$.content[1].kind").value("QUICK_WIN"))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        mvc.perform(get(successes() + "?size=0").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void asksTheDatabaseForTheRequestedPageOfAKindAndRefusesAnUnknownKind() throws Exception {
        Success later = success("Wandelroute geopend", LocalDate.of(2026, 11, 1));
        when(successes.page(trajectoryId, SuccessKind.QUICK_WIN, PageRequest.of(2, 5)))
                .thenReturn(new PageImpl<>(List.of(later), PageRequest.of(2, 5), 11));

        mvc.perform(get(successes() + "?page=2&size=5&kind=QUICK_WIN").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].title").value("Wandelroute geopend"))
                .andExpect(jsonPath("$.page.number").value(2))
                .andExpect(jsonPath("$.page.totalPages").value(3));
        mvc.perform(get(successes() + "?kind=SLOW_WIN").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(successes() + "?size=101").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void registersASuccessWithItsLinksAndAnswersWhereItLives() throws Exception {
        InputId input = InputId.random();
        SuccessCriterionId criterion = SuccessCriterionId.random();
        Success registered = success("Bankje bij de bushalte", LocalDate.of(2026, 11, 20));
        when(registered.inputIds()).thenReturn(Set.of(input));
        when(registered.successCriterionIds()).thenReturn(Set.of(criterion));
        when(workflow.register(new RegisterSuccess(trajectoryId, SuccessKind.QUICK_WIN, "Bankje bij de bushalte", null,
                LocalDate.of(2026, 11, 20), Set.of(input), Set.of(criterion)))).thenReturn(registered);

        mvc.perform(post(successes()).with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "QUICK_WIN", "title": "Bankje bij de bushalte", "achievedOn": "2026-11-20",
                                 "inputIds": ["%s"], "successCriterionIds": ["%s"]}""".formatted(input, criterion)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", successes() + "/" + registered.id()))
                .andExpect(jsonPath("$.id").value(registered.id().toString()))
                .andExpect(jsonPath("$.inputIds[0]").value(input.toString()))
                .andExpect(jsonPath("$.successCriterionIds[0]").value(criterion.toString()));
    }

    @Test
    void refusesASuccessWithFieldErrorsBeforeRegisteringAnything() throws Exception {
        mvc.perform(post(successes()).with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'achievedOn')]").exists());
        verify(workflow, never()).register(any());
    }

    @Test
    void passesOnTheRefusalOutsideWorkingTogether() throws Exception {
        when(workflow.register(any())).thenThrow(new RuleViolationException("trajectoryId",
                "trajectory.not-working-together", "successes are registered while the trajectory is working together"));

        mvc.perform(post(successes()).with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"MILESTONE\", \"title\": \"Eerste bijeenkomst\", \"achievedOn\": \"2026-11-20\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("trajectoryId"))
                .andExpect(jsonPath("$.errors[0].code").value("trajectory.not-working-together"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Successen worden geregistreerd zolang het traject in de fase samenwerken is."));
    }

    @Test
    void readsOneSuccessOfTheTrajectoryAndNoneOfAnother() throws Exception {
        Success ours = success("Wandelroute geopend", LocalDate.of(2026, 11, 1));
        when(successes.get(ours.id())).thenReturn(ours);
        Success theirs = success("Elders", LocalDate.of(2026, 11, 1));
        when(theirs.trajectoryId()).thenReturn(TrajectoryId.random());
        when(successes.get(theirs.id())).thenReturn(theirs);

        mvc.perform(get(successes() + "/" + ours.id()).with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Wandelroute geopend"));
        mvc.perform(get(successes() + "/" + theirs.id()).with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isNotFound());
    }

    @Test
    void answersATrajectoryOutsideTheCallersScopeWithNotFoundAndRegistersNothing() throws Exception {
        TrajectoryId hidden = TrajectoryId.random();
        when(trajectories.visibleTo(hidden, me.id())).thenThrow(new NotFoundException("trajectory", hidden));

        mvc.perform(get("/api/v1/trajectories/" + hidden + "/successes").with(jwt().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/trajectories/" + hidden + "/successes").with(jwt().authorities(Role.COORDINATOR.authority()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"MILESTONE\", \"title\": \"Eerste bijeenkomst\", \"achievedOn\": \"2026-11-20\"}"))
                .andExpect(status().isNotFound());
        verify(workflow, never()).register(any());
    }

    @Test
    void keepsResidentsOutOfTheWorkspaceSuccesses() throws Exception {
        mvc.perform(get(successes()).with(jwt().authorities(Role.RESIDENT.authority())))
                .andExpect(status().isForbidden());
    }

    private String successes() {
        return "/api/v1/trajectories/" + trajectoryId + "/successes";
    }

    private Success success(String title, LocalDate achievedOn) {
        Success success = mock(Success.class);
        when(success.id()).thenReturn(SuccessId.random());
        when(success.trajectoryId()).thenReturn(trajectoryId);
        when(success.cycle()).thenReturn(1);
        when(success.kind()).thenReturn(SuccessKind.QUICK_WIN);
        when(success.title()).thenReturn(title);
        when(success.achievedOn()).thenReturn(achievedOn);
        when(success.inputIds()).thenReturn(Set.of());
        when(success.successCriterionIds()).thenReturn(Set.of());
        return success;
    }
}
