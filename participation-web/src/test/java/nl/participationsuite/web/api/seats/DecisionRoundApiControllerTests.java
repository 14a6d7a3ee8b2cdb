package nl.participationsuite.web.api.seats;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundId;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.seats.DecisionRoundWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(DecisionRoundApiController.class)
class DecisionRoundApiControllerTests {

    private static final Instant DEADLINE = Instant.parse("2026-12-12T16:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    DecisionRoundService rounds;

    @MockitoBean
    DecisionRoundWorkflow workflow;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Person me = Person.professional("Jeroen Bakker", null, "s", OrganisationId.random());

    private final TrajectoryId trajectoryId = TrajectoryId.random();

    private Trajectory trajectory;

    @BeforeEach
    void aProfessionalWhoWorksOnTheTrajectory() {
        when(currentPerson.get()).thenReturn(me);
        trajectory = mock(Trajectory.class);
        when(trajectory.id()).thenReturn(trajectoryId);
        when(trajectories.visibleTo(trajectoryId, me.id())).thenReturn(trajectory);
        when(trajectories.workedOnBy(trajectoryId, me.id())).thenReturn(trajectory);
    }

    @Test
    void listsTheRoundsNewestFirstWithTheirCountsAndNoVoters() throws Exception {
        DecisionRound open = round("Plek van de bijeenkomsten");
        DecisionRound decided = round("Budget voor de wandelgroep");
        when(decided.isClosed()).thenReturn(true);
        when(decided.closedAt()).thenReturn(Instant.parse("2026-11-20T16:00:00Z"));
        when(decided.outcome()).thenReturn(RoundOutcome.ADOPTED);
        when(decided.count(VoteChoice.FOR)).thenReturn(3L);
        when(decided.count(VoteChoice.AGAINST)).thenReturn(1L);
        when(decided.count(VoteChoice.ABSENT)).thenReturn(1L);
        when(rounds.page(trajectoryId, PageRequest.of(0, 20)))
                .thenReturn(new PageImpl<>(List.of(open, decided), PageRequest.of(0, 20), 2));

        mvc.perform(get(decisionRounds()).with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].title").value("Plek van de bijeenkomsten"))
                .andExpect(jsonPath("$.content[0].deadline").value("2026-12-12T16:00:00Z"))
                .andExpect(jsonPath("$.content[0].outcome").doesNotExist())
                .andExpect(jsonPath("$.content[1].outcome").value("ADOPTED"))
                .andExpect(jsonPath("$.content[1].closedAt").value("2026-11-20T16:00:00Z"))
                .andExpect(jsonPath("$.content[1].votesFor").value(3))
                .andExpect(jsonPath("$.content[1].votesAgainst").value(1))
                .andExpect(jsonPath("$.content[1].abstentions").value(0))
                .andExpect(jsonPath("$.content[1].absent").value(1))
                .andExpect(jsonPath("$.content[1].votes").doesNotExist())
                .andExpect(jsonPath("$.page.totalElements").value(2));
    }

    @Test
    void asksTheDatabaseForTheRequestedPageAndRefusesAPageTooLarge() throws Exception {
        DecisionRound eleventh = round("Elf");
        when(rounds.page(trajectoryId, PageRequest.of(2, 5)))
                .thenReturn(new PageImpl<>(List.of(eleventh), PageRequest.of(2, 5), 11));

        mvc.perform(get(decisionRounds() + "?page=2&size=5").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.number").value(2))
                .andExpect(jsonPath("$.page.totalPages").value(3));
        mvc.perform(get(decisionRounds() + "?size=101").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void readsOneRoundOfTheTrajectoryAndNoneOfAnother() throws Exception {
        DecisionRound ours = round("Plek van de bijeenkomsten");
        when(rounds.get(ours.id())).thenReturn(ours);
        DecisionRound theirs = round("Elders");
        when(theirs.trajectoryId()).thenReturn(TrajectoryId.random());
        when(rounds.get(theirs.id())).thenReturn(theirs);

        mvc.perform(get(decisionRounds() + "/" + ours.id()).with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ours.id().toString()))
                .andExpect(jsonPath("$.proposal").value("Wat de stuurgroep besluit"));
        mvc.perform(get(decisionRounds() + "/" + theirs.id()).with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void opensARoundThroughTheWorkflowAndAnswersWhereItLives() throws Exception {
        DecisionRound opened = round("Plek van de bijeenkomsten");
        when(workflow.open(trajectoryId, new OpenRound("Plek van de bijeenkomsten", "Voortaan in het dorpshuis", DEADLINE)))
                .thenReturn(opened);

        mvc.perform(post(decisionRounds()).with(jwt().authorities(Role.COORDINATOR.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Plek van de bijeenkomsten", "proposal": "Voortaan in het dorpshuis",
                                 "deadline": "2026-12-12T16:00:00Z"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", decisionRounds() + "/" + opened.id()))
                .andExpect(jsonPath("$.title").value("Plek van de bijeenkomsten"))
                .andExpect(jsonPath("$.votesFor").value(0));
    }

    @Test
    void refusesARoundWithFieldErrorsBeforeOpeningAnything() throws Exception {
        mvc.perform(post(decisionRounds()).with(jwt().authorities(Role.COORDINATOR.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'proposal')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'deadline')]").exists());
        verify(workflow, never()).open(any(), any());
    }

    @Test
    void passesOnTheDomainsRefusalOfADeadlineInThePast() throws Exception {
        when(workflow.open(any(), any())).thenThrow(new RuleViolationException("deadline",
                "rounds.deadline-not-in-future", "the deadline lies in the future"));

        mvc.perform(post(decisionRounds()).with(jwt().authorities(Role.COORDINATOR.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Te laat", "proposal": "Toch nog", "deadline": "2020-01-01T00:00:00Z"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deadline"))
                .andExpect(jsonPath("$.errors[0].code").value("rounds.deadline-not-in-future"))
                .andExpect(jsonPath("$.errors[0].message").value("Kies een einddatum en tijd die nog moeten komen."));
    }

    @Test
    void refusesSomeoneWhoSeesTheTrajectoryButDoesNotWorkOnIt() throws Exception {
        when(trajectories.workedOnBy(trajectoryId, me.id())).thenThrow(new NotAllowedException(
                "trajectory.not-working-on-it", "only the trajectory's coordinator and the professionals taking part do this"));

        mvc.perform(post(decisionRounds()).with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Plek", "proposal": "Dorpshuis", "deadline": "2026-12-12T16:00:00Z"}"""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("trajectory.not-working-on-it"));
        verify(workflow, never()).open(any(), any());
    }

    @Test
    void answersATrajectoryOutsideTheCallersScopeWithNotFoundAndOpensNothing() throws Exception {
        TrajectoryId hidden = TrajectoryId.random();
        when(trajectories.visibleTo(hidden, me.id())).thenThrow(new NotFoundException("trajectory", hidden));
        when(trajectories.workedOnBy(hidden, me.id())).thenThrow(new NotFoundException("trajectory", hidden));

        mvc.perform(get("/api/v1/trajectories/" + hidden + "/decision-rounds")
                        .with(jwt().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/trajectories/" + hidden + "/decision-rounds")
                        .with(jwt().authorities(Role.COORDINATOR.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Plek", "proposal": "Dorpshuis", "deadline": "2026-12-12T16:00:00Z"}"""))
                .andExpect(status().isNotFound());
        verify(workflow, never()).open(any(), any());
    }

    @Test
    void keepsResidentsOutOfTheApisRounds() throws Exception {
        mvc.perform(get(decisionRounds()).with(jwt().authorities(Role.RESIDENT.authority())))
                .andExpect(status().isForbidden());
    }

    private String decisionRounds() {
        return "/api/v1/trajectories/" + trajectoryId + "/decision-rounds";
    }

    private DecisionRound round(String title) {
        DecisionRound round = mock(DecisionRound.class);
        when(round.id()).thenReturn(DecisionRoundId.random());
        when(round.trajectoryId()).thenReturn(trajectoryId);
        when(round.title()).thenReturn(title);
        when(round.proposal()).thenReturn("Wat de stuurgroep besluit");
        when(round.deadline()).thenReturn(DEADLINE);
        when(round.openedAt()).thenReturn(Instant.parse("2026-12-05T09:00:00Z"));
        return round;
    }
}
