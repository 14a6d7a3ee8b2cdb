package nl.participationsuite.web.workspace.coordination;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Optional;

import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundId;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Recording what was done with a decided round, on its own page; an open round or another trajectory's is not found. */
@WebSliceTest(DecisionRoundFollowUpController.class)
@Import({ Dates.class, OpenDecisionRoundControllerTests.AmsterdamClock.class })
class DecisionRoundFollowUpControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    DecisionRoundService rounds;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private final DecisionRound round = mock(DecisionRound.class);

    private final DecisionRoundId roundId = DecisionRoundId.random();

    private String path;

    @BeforeEach
    void aDecidedRoundOfTheTrajectory() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.workedOnBy(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        when(round.id()).thenReturn(roundId);
        TrajectoryId trajectoryId = trajectory.id();
        when(round.trajectoryId()).thenReturn(trajectoryId);
        when(round.isClosed()).thenReturn(true);
        when(round.title()).thenReturn("Bankjes langs de wandelroute");
        when(round.proposal()).thenReturn("Vier bankjes langs het Vechtpad.");
        when(round.outcome()).thenReturn(RoundOutcome.ADOPTED);
        when(round.closedAt()).thenReturn(Instant.parse("2026-11-20T16:00:00Z"));
        when(rounds.find(roundId)).thenReturn(Optional.of(round));
        path = "/werkruimte/trajecten/" + trajectory.id() + "/besluitronden/" + roundId + "/opvolging";
    }

    @Test
    void showsTheDecisionAndAsksWhatWasDoneWithIt() throws Exception {
        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Vastleggen wat er met het besluit gedaan is</h1>")))
                .andExpect(content().string(containsString("Vier bankjes langs het Vechtpad.")))
                .andExpect(content().string(containsString("<strong>Aangenomen</strong>")))
                .andExpect(content().string(containsString("<textarea id=\"followUp\" name=\"followUp\"")));
    }

    @Test
    void recordsItAndGoesBackToTheTrajectory() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("followUp", "De gemeente heeft de bankjes besteld."))
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.round-followed-up")));
        verify(rounds).recordFollowUp(roundId, "De gemeente heeft de bankjes besteld.", Coordination.COORDINATOR.id());
    }

    @Test
    void anEmptyTextOrTheDomainsRefusalShowsOnTheField() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("followUp", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"followUp-error\"")));
        verify(rounds, never()).recordFollowUp(any(), any(), any());

        when(rounds.recordFollowUp(any(), any(), any()))
                .thenThrow(new RuleViolationException("followUp", "rounds.not-decided-yet", "still open"));
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("followUp", "Besteld."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit kan pas als de stemronde gesloten is.")));
    }

    @Test
    void anOpenRoundOrOneOfAnotherTrajectoryIsNotFound() throws Exception {
        when(round.isClosed()).thenReturn(false);
        mvc.perform(get(path).with(Coordination.coordinator())).andExpect(status().isNotFound());

        when(round.isClosed()).thenReturn(true);
        when(round.trajectoryId()).thenReturn(TrajectoryId.random());
        mvc.perform(get(path).with(Coordination.coordinator())).andExpect(status().isNotFound());
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf()).param("followUp", "Besteld."))
                .andExpect(status().isNotFound());
        verify(rounds, never()).recordFollowUp(any(), any(), any());
    }
}
