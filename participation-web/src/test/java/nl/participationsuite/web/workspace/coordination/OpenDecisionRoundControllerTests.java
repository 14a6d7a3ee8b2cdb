package nl.participationsuite.web.workspace.coordination;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import nl.participationsuite.domain.seats.BackgroundDocument;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.seats.SteeringGroup;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.seats.DecisionRoundWorkflow;

@WebSliceTest(OpenDecisionRoundController.class)
@Import(OpenDecisionRoundControllerTests.AmsterdamClock.class)
class OpenDecisionRoundControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    DecisionRoundWorkflow rounds;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    SteeringGroupService steeringGroups;

    private final Trajectory trajectory = Coordination.trajectory();

    private String path;

    @BeforeEach
    void aProfessionalWorkingOnTheTrajectory() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.workedOnBy(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        path = "/werkruimte/trajecten/" + trajectory.id() + "/besluitronden/nieuw";
    }

    @Test
    void suggestsAWeekToVoteAndAsksForTitleProposalAndDeadline() throws Exception {
        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Een voorstel aan de stuurgroep voorleggen</h1>")))
                .andExpect(content().string(containsString("<label for=\"title\">Titel van het voorstel</label>")))
                .andExpect(content().string(containsString("<textarea id=\"proposal\" name=\"proposal\"")))
                .andExpect(content().string(containsString("type=\"date\" id=\"deadlineDate\" name=\"deadlineDate\" value=\"2026-12-06\"")))
                .andExpect(content().string(containsString("type=\"time\" id=\"deadlineTime\" name=\"deadlineTime\" value=\"17:00\"")));
    }

    @Test
    void putsTheProposalToTheSteeringGroupUntilTheDeadlineInAmsterdamTime() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("title", "Een taxibusje voor de avonden")
                        .param("proposal", "We huren twee avonden per week een taxibusje.")
                        .param("deadlineDate", "2026-12-10").param("deadlineTime", "17:00"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.round-opened")));

        verify(rounds).open(trajectory.id(), new OpenRound("Een taxibusje voor de avonden",
                "We huren twee avonden per week een taxibusje.", Instant.parse("2026-12-10T16:00:00Z")));
    }

    @Test
    void saysHowManySeatHoldersThereAreAndTakesTheQuorumTheCoordinatorSets() throws Exception {
        SteeringGroup group = org.mockito.Mockito.mock(SteeringGroup.class);
        when(group.holders()).thenReturn(java.util.List.of(ParticipantId.random(), ParticipantId.random(),
                ParticipantId.random(), ParticipantId.random(), ParticipantId.random()));
        when(steeringGroups.groupOf(trajectory.id())).thenReturn(java.util.Optional.of(group));

        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(content().string(containsString("De stuurgroep heeft nu 5 zetelhouders. Een meerderheid is 3 stemmen.")))
                .andExpect(content().string(containsString("id=\"quorum\" name=\"quorum\"")));
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("title", "Een taxibusje voor de avonden").param("proposal", "Twee avonden per week.")
                        .param("deadlineDate", "2026-12-10").param("deadlineTime", "17:00").param("quorum", " 4 "))
                .andExpect(status().isFound());
        verify(rounds).open(trajectory.id(), new OpenRound("Een taxibusje voor de avonden", "Twee avonden per week.",
                Instant.parse("2026-12-10T16:00:00Z"), 4, java.util.List.of()));

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("title", "Bankjes").param("proposal", "Twee bankjes.")
                        .param("deadlineDate", "2026-12-10").param("deadlineTime", "17:00").param("quorum", "drie"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"quorum-error\"")));
        when(rounds.open(eq(trajectory.id()), eq(new OpenRound("Bankjes", "Twee bankjes.",
                Instant.parse("2026-12-10T16:00:00Z"), 1, java.util.List.of()))))
                .thenThrow(new RuleViolationException("quorum", "rounds.quorum-out-of-range", "out of range"));
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("title", "Bankjes").param("proposal", "Twee bankjes.")
                        .param("deadlineDate", "2026-12-10").param("deadlineTime", "17:00").param("quorum", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een aantal van minstens twee")));
    }

    @Test
    void putsTheFilledInBackgroundDocumentsWithTheProposalAndShowsARefusalOnItsOwnRow() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("title", "Bankjes").param("proposal", "Twee bankjes.")
                        .param("deadlineDate", "2026-12-10").param("deadlineTime", "17:00")
                        .param("documentTitle2", "Tekening").param("documentUrl2", " https://www.dalfsen.nl/tekening.pdf "))
                .andExpect(status().isFound());
        verify(rounds).open(trajectory.id(), new OpenRound("Bankjes", "Twee bankjes.", Instant.parse("2026-12-10T16:00:00Z"),
                null, java.util.List.of(new BackgroundDocument("Tekening", "https://www.dalfsen.nl/tekening.pdf"))));

        when(rounds.open(eq(trajectory.id()), eq(new OpenRound("Bankjes", "Drie bankjes.",
                Instant.parse("2026-12-10T16:00:00Z"), null,
                java.util.List.of(new BackgroundDocument("Tekening", "tekening.pdf"))))))
                .thenThrow(new RuleViolationException("documents[0].url", "rounds.document-not-a-web-address", "no"));
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("title", "Bankjes").param("proposal", "Drie bankjes.")
                        .param("deadlineDate", "2026-12-10").param("deadlineTime", "17:00")
                        .param("documentTitle3", "Tekening").param("documentUrl3", "tekening.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"documentUrl3-error\"")))
                .andExpect(content().string(containsString("Vul een webadres in dat begint met https://")));
    }

    @Test
    void showsEachErrorNextToItsFieldAndStoresNothing() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("title", "").param("proposal", "Iets").param("deadlineDate", "volgende week")
                        .param("deadlineTime", "17:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Fout: ")))
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("<a href=\"#deadlineDate\">Datum – Vul een geldige datum in.</a>")))
                .andExpect(content().string(containsString(">Iets</textarea>")));
        verify(rounds, never()).open(any(), any());
    }

    @Test
    void putsTheDomainsRefusalOnTheDeadline() throws Exception {
        when(rounds.open(eq(trajectory.id()), any()))
                .thenThrow(new RuleViolationException("deadline", "rounds.deadline-not-in-future", "in the past"));

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("title", "Bankjes").param("proposal", "Twee bankjes bij de bushalte.")
                        .param("deadlineDate", "2026-11-01").param("deadlineTime", "17:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"deadlineDate-error\"")))
                .andExpect(content().string(containsString("Kies een einddatum en tijd die nog moeten komen.")));
    }

    @Test
    void aTrajectoryWithoutSeatHoldersSaysSo() throws Exception {
        when(rounds.open(eq(trajectory.id()), any()))
                .thenThrow(new RuleViolationException("steeringGroup", "rounds.no-seat-holders", "no steering group"));

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("title", "Bankjes").param("proposal", "Twee bankjes bij de bushalte.")
                        .param("deadlineDate", "2026-12-10").param("deadlineTime", "17:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Dit traject heeft nog geen stuurgroep met leden die kunnen stemmen.")));
    }

    @Test
    void refusesWhoOnlySeesTheTrajectoryAndHidesOtherTrajectories() throws Exception {
        when(trajectories.workedOnBy(trajectory.id(), Coordination.COORDINATOR.id()))
                .thenThrow(new NotAllowedException("trajectory.not-working-on-it", "only who works on it"));
        mvc.perform(get(path).with(Coordination.professional())).andExpect(status().isForbidden());

        Mockito.reset(trajectories);
        when(trajectories.workedOnBy(any(), any())).thenThrow(new NotFoundException("trajectory", "elsewhere"));
        mvc.perform(get(path).with(Coordination.coordinator())).andExpect(status().isNotFound());
        verify(rounds, never()).open(any(), any());
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).param("title", "Bankjes")).andExpect(status().isForbidden());
        verify(rounds, never()).open(any(), any());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class AmsterdamClock {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        }
    }
}
