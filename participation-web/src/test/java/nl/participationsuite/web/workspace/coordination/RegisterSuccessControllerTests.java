package nl.participationsuite.web.workspace.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.success.RegisterSuccess;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.SuccessCriterion;
import nl.participationsuite.domain.vision.SuccessCriterionId;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.success.SuccessWorkflow;

@WebSliceTest(RegisterSuccessController.class)
@Import(RegisterSuccessControllerTests.AmsterdamClock.class)
class RegisterSuccessControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    InputService inputs;

    @MockitoBean
    VisionService visions;

    @MockitoBean
    People people;

    @MockitoBean
    SuccessWorkflow successes;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Trajectory trajectory = Coordination.trajectory();

    private final Person fatima = Person.resident("Fatima Yilmaz", null, null, null);

    private final InputId benches = InputId.random();

    private final SuccessCriterionId meetingPlaces = SuccessCriterionId.random();

    private String path;

    @BeforeEach
    void aProfessionalWorkingOnATrajectoryWithInputAndAnAdoptedVision() {
        when(currentPerson.get()).thenReturn(Coordination.COORDINATOR);
        when(trajectories.workedOnBy(trajectory.id(), Coordination.COORDINATOR.id())).thenReturn(trajectory);
        path = "/werkruimte/trajecten/" + trajectory.id() + "/successen/nieuw";

        Participant resident = mock(Participant.class);
        ParticipantId residentId = ParticipantId.random();
        when(resident.id()).thenReturn(residentId);
        when(resident.personId()).thenReturn(fatima.id());
        when(trajectory.participants()).thenReturn(List.of(resident));
        ResidentInput input = mock(ResidentInput.class);
        when(input.id()).thenReturn(benches);
        when(input.participantId()).thenReturn(residentId);
        when(input.text()).thenReturn("Kunnen er bankjes bij de bushalte komen? Dan kan mijn moeder daar uitrusten.");
        when(inputs.ofTrajectory(trajectory.id())).thenReturn(List.of(input));
        when(people.findByIdIn(Set.of(fatima.id()))).thenReturn(List.of(fatima));

        VisionVersion adopted = mock(VisionVersion.class);
        SuccessCriterion criterion = mock(SuccessCriterion.class);
        when(criterion.id()).thenReturn(meetingPlaces);
        when(criterion.description()).thenReturn("Meer plekken in de wijk om elkaar te ontmoeten");
        when(adopted.successCriteria()).thenReturn(List.of(criterion));
        when(visions.adopted(trajectory.id())).thenReturn(Optional.of(adopted));
    }

    @Test
    void asksWhatWasAchievedAndOffersTheInputByItsFirstWordsAndTheVisionsCriteria() throws Exception {
        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Een succes registreren</h1>")))
                .andExpect(content().string(containsString("type=\"radio\" name=\"kind\" id=\"kind\" value=\"QUICK_WIN\"")))
                .andExpect(content().string(containsString("<label for=\"kind-MILESTONE\">Mijlpaal</label>")))
                .andExpect(content().string(containsString("type=\"date\" id=\"achievedOn\" name=\"achievedOn\" value=\"2026-11-29\"")))
                .andExpect(content().string(containsString("<input type=\"checkbox\" name=\"inputIds\" id=\"inputIds\" value=\""
                        + benches.value() + "\">")))
                .andExpect(content().string(containsString(
                        "<label for=\"inputIds\">Fatima Yilmaz: Kunnen er bankjes bij de bushalte komen? Dan…</label>")))
                .andExpect(content().string(containsString("value=\"" + meetingPlaces.value() + "\"")))
                .andExpect(content().string(containsString(
                        "<label for=\"successCriterionIds\">Meer plekken in de wijk om elkaar te ontmoeten</label>")));
    }

    @Test
    void saysSoWhenThereIsNoInputOrAdoptedVisionYet() throws Exception {
        when(inputs.ofTrajectory(trajectory.id())).thenReturn(List.of());
        when(visions.adopted(trajectory.id())).thenReturn(Optional.empty());

        mvc.perform(get(path).with(Coordination.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit traject heeft nog geen inbreng van inwoners.")))
                .andExpect(content().string(containsString("Dit traject heeft nog geen vastgestelde visie met succescriteria.")))
                .andExpect(content().string(not(containsString("type=\"checkbox\""))));
    }

    @Test
    void registersTheSuccessWithTheTickedInputAndCriteria() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("kind", "QUICK_WIN").param("title", "Twee bankjes bij de bushalte")
                        .param("description", "De gemeente plaatste ze na de wijkschouw.")
                        .param("achievedOn", "2026-11-27")
                        .param("inputIds", benches.value().toString())
                        .param("successCriterionIds", meetingPlaces.value().toString()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/werkruimte/trajecten/" + trajectory.id()))
                .andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.success-registered")));

        verify(successes).register(new RegisterSuccess(trajectory.id(), SuccessKind.QUICK_WIN,
                "Twee bankjes bij de bushalte", "De gemeente plaatste ze na de wijkschouw.", LocalDate.of(2026, 11, 27),
                Set.of(benches), Set.of(meetingPlaces)));
    }

    @Test
    void registersASuccessWithoutLinks() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("kind", "MILESTONE").param("title", "De eerste buurtavond").param("description", "")
                        .param("achievedOn", "2026-11-29"))
                .andExpect(status().isFound());

        verify(successes).register(new RegisterSuccess(trajectory.id(), SuccessKind.MILESTONE, "De eerste buurtavond",
                "", LocalDate.of(2026, 11, 29), Set.of(), Set.of()));
    }

    @Test
    void showsEachErrorNextToItsFieldKeepsTheTicksAndStoresNothing() throws Exception {
        String html = mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("title", "").param("description", "Iets").param("achievedOn", "eergisteren")
                        .param("inputIds", benches.value().toString()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Fout: ")
                .contains("<a href=\"#kind\">Wat voor succes is het? – Kies een van de mogelijkheden.</a>")
                .contains("id=\"title-error\"")
                .contains("<a href=\"#achievedOn\">Bereikt op – Vul een geldige datum in.</a>")
                .contains(">Iets</textarea>")
                .contains("value=\"" + benches.value() + "\" checked=\"checked\"");
        verify(successes, never()).register(any());
    }

    @Test
    void putsTheDomainsRefusalOnItsField() throws Exception {
        when(successes.register(any()))
                .thenThrow(new RuleViolationException("achievedOn", "success.achieved-in-future", "not yet achieved"));

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("kind", "QUICK_WIN").param("title", "Bankjes").param("achievedOn", "2026-12-24"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"achievedOn-error\"")))
                .andExpect(content().string(containsString("Een succes registreert u als het behaald is")))
                .andExpect(content().string(containsString("value=\"2026-12-24\"")));
    }

    @Test
    void aTrajectoryThatNoLongerWorksTogetherSaysSoAboveTheForm() throws Exception {
        when(successes.register(any())).thenThrow(new RuleViolationException("trajectoryId",
                "trajectory.not-working-together", "successes are registered while the trajectory is working together"));

        mvc.perform(post(path).with(Coordination.coordinator()).with(csrf())
                        .param("kind", "QUICK_WIN").param("title", "Bankjes").param("achievedOn", "2026-11-28"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<li>Successen worden geregistreerd zolang het traject in de fase samenwerken is.</li>")));
    }

    @Test
    void refusesWhoOnlySeesTheTrajectoryAndHidesOtherTrajectories() throws Exception {
        when(trajectories.workedOnBy(trajectory.id(), Coordination.COORDINATOR.id()))
                .thenThrow(new NotAllowedException("trajectory.not-working-on-it", "only who works on it"));
        mvc.perform(get(path).with(Coordination.professional())).andExpect(status().isForbidden());
        mvc.perform(post(path).with(Coordination.professional()).with(csrf())
                .param("kind", "QUICK_WIN").param("title", "Bankjes").param("achievedOn", "2026-11-28"))
                .andExpect(status().isForbidden());

        Mockito.reset(trajectories);
        when(trajectories.workedOnBy(any(), any())).thenThrow(new NotFoundException("trajectory", "elsewhere"));
        mvc.perform(get(path).with(Coordination.coordinator())).andExpect(status().isNotFound());
        verify(successes, never()).register(any());
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        mvc.perform(post(path).with(Coordination.coordinator()).param("kind", "QUICK_WIN").param("title", "Bankjes")
                .param("achievedOn", "2026-11-28")).andExpect(status().isForbidden());
        verify(successes, never()).register(any());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class AmsterdamClock {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        }
    }
}
