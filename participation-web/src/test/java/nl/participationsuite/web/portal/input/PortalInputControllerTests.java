package nl.participationsuite.web.portal.input;

import static nl.participationsuite.web.portal.PortalSliceFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.InputStatusChange;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.FormIds;
import nl.participationsuite.web.i18n.Dates;
import nl.participationsuite.web.portal.PortalSliceFixture;
import nl.participationsuite.web.portal.PortalSliceFixture.Membership;
import nl.participationsuite.web.portal.ResidentTrajectories;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.input.InputWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A resident's own input in the portal: the list, giving input, the timeline, and nobody else's input. */
@WebSliceTest(PortalInputController.class)
@Import({ PortalInputs.class, ResidentTrajectories.class, Dates.class, FormIds.class, PortalSliceFixture.FixedClock.class })
class PortalInputControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    InputWorkflow workflow;

    @MockitoBean
    InputService inputs;

    @MockitoBean
    SuccessService successes;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    CurrentPerson currentPerson;

    private final Person anouk = Person.resident("Anouk Jansen", null, null, "subject-anouk");

    private final List<Trajectory> anouksTrajectories = new ArrayList<>();

    private Membership playground;

    @BeforeEach
    void anoukTakesPartInOneTrajectory() {
        when(currentPerson.get()).thenReturn(anouk);
        when(trajectories.visibleTo(any(TrajectoryId.class), any()))
                .thenThrow(new NotFoundException("trajectory", "not Anouk's"));
        playground = PortalSliceFixture.takesPart(trajectories, anouk, "Speeltuin De Horst", anouksTrajectories);
    }

    @Test
    void listsMyInputNewestFirstWithItsStatusInPlainWords() throws Exception {
        ResidentInput answered = input(InputStatus.ADOPTED, "Vervoer", "Een busje op de avond.");
        ResidentInput fresh = input(InputStatus.RECEIVED, null, "Meer bankjes bij de speeltuin.");
        when(inputs.ofResident(anouk.id())).thenReturn(List.of(fresh, answered));

        String page = mvc.perform(get("/portaal/inbreng").with(resident())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Mijn inbreng</h1>").contains("Speeltuin De Horst")
                .contains("href=\"/portaal/inbreng/" + fresh.id() + "\"").contains("Inbreng zonder onderwerp")
                .contains("Beantwoord: wordt overgenomen").contains("Ontvangen")
                .contains("href=\"/portaal/inbreng/nieuw\"");
        assertThat(page.indexOf("Meer bankjes")).isLessThan(page.indexOf("Een busje"));
    }

    @Test
    void withOneTrajectoryTheFormNamesItAndAsksNoChoice() throws Exception {
        String page = mvc.perform(get("/portaal/inbreng/nieuw").with(resident())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Dit gaat naar het traject: Speeltuin De Horst").doesNotContain("type=\"radio\"")
                .contains("<label for=\"text\">Uw inbreng</label>").contains("name=\"_csrf\"");
    }

    @Test
    void withTwoTrajectoriesTheResidentChoosesOne() throws Exception {
        PortalSliceFixture.takesPart(trajectories, anouk, "Gezond Lemelerveld", anouksTrajectories);

        String page = mvc.perform(get("/portaal/inbreng/nieuw").with(resident())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<legend>Voor welk traject?</legend>").contains("Gezond Lemelerveld")
                .contains("value=\"" + playground.id() + "\"");
    }

    @Test
    void givesInputInThePortalAsTheResidentThemselves() throws Exception {
        ResidentInput received = input(InputStatus.RECEIVED, "Speeltuin", "Meer bankjes.");
        InputId receivedId = received.id();
        when(workflow.receive(any())).thenReturn(received);

        mvc.perform(post("/portaal/inbreng/nieuw").with(resident()).with(csrf()).param("topic", "Speeltuin")
                        .param("text", "Meer bankjes."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/portaal/inbreng/" + receivedId))
                .andExpect(flash().attributeExists("notice"));

        ArgumentCaptor<ReceiveInput> given = ArgumentCaptor.forClass(ReceiveInput.class);
        verify(workflow).receive(given.capture());
        assertThat(given.getValue()).isEqualTo(new ReceiveInput(playground.id(), playground.participant(), null,
                InputChannel.PORTAL, "Speeltuin", "Meer bankjes.", null));
    }

    @Test
    void anEmptyTextIsAnErrorNextToItsFieldAndNothingIsSent() throws Exception {
        String page = mvc.perform(post("/portaal/inbreng/nieuw").with(resident()).with(csrf())
                        .param("topic", "Speeltuin").param("text", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Controleer deze velden").contains("href=\"#text\"").contains("id=\"text-error\"")
                .contains("Vul dit veld in.").contains("value=\"Speeltuin\"").contains("<title>Fout: ");
        verify(workflow, never()).receive(any());
    }

    @Test
    void withTwoTrajectoriesNoChoiceIsAnErrorOnTheChoice() throws Exception {
        PortalSliceFixture.takesPart(trajectories, anouk, "Gezond Lemelerveld", anouksTrajectories);

        String page = mvc.perform(post("/portaal/inbreng/nieuw").with(resident()).with(csrf()).param("text", "Idee"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"trajectoryId-error\"").contains("Kies een van de mogelijkheden.");
        verify(workflow, never()).receive(any());
    }

    @Test
    void whatTheDomainRefusesShowsOnItsField() throws Exception {
        when(workflow.receive(any())).thenThrow(new RuleViolationException("text", "too-long", "text is too long"));

        mvc.perform(post("/portaal/inbreng/nieuw").with(resident()).with(csrf()).param("text", "Idee"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"text-error\"")));
    }

    @Test
    void aTrajectoryThatIsNotMineIsNotFound() throws Exception {
        mvc.perform(post("/portaal/inbreng/nieuw").with(resident()).with(csrf())
                        .param("trajectoryId", TrajectoryId.random().toString()).param("text", "Idee"))
                .andExpect(status().isNotFound());
        verify(workflow, never()).receive(any());
    }

    @Test
    void theTimelineShowsEveryStepTheAnswerAndTheSuccessItLedTo() throws Exception {
        ResidentInput input = input(InputStatus.PARTLY_ADOPTED, "Vervoer", "Een busje op de avond.");
        List<InputStatusChange> history = List.of(change(InputStatus.RECEIVED, 20), change(InputStatus.UNDER_CONSIDERATION, 10),
                change(InputStatus.PARTLY_ADOPTED, 2));
        when(input.history()).thenReturn(history);
        when(input.feedback()).thenReturn("Er komt een taxibusje op dinsdag en donderdag.");
        InputId inputId = input.id();
        when(inputs.ofResident(inputId, anouk.id())).thenReturn(input);
        Success visible = success("Taxibusje voor de avonden", true, Set.of(inputId));
        Success notYetKnown = success("Nog geheim", false, Set.of(inputId));
        Success other = success("Iets anders", true, Set.of(InputId.random()));
        TrajectoryId trajectoryId = playground.id();
        when(successes.successes(trajectoryId)).thenReturn(List.of(visible, notYetKnown, other));

        String page = mvc.perform(get("/portaal/inbreng/" + input.id()).with(resident())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Vervoer</h1>").contains("Wij hebben uw inbreng ontvangen.")
                .contains("Iemand van het traject bekijkt uw inbreng.").contains("Een deel van uw idee wordt overgenomen.")
                .contains("Er komt een taxibusje op dinsdag en donderdag.").contains("Taxibusje voor de avonden")
                .doesNotContain("Nog geheim").doesNotContain("Iets anders").doesNotContain("U krijgt nog een antwoord.");
        assertThat(page.indexOf("ontvangen.")).isLessThan(page.indexOf("bekijkt uw inbreng"));
    }

    @Test
    void anUnansweredInputSaysAnAnswerWillCome() throws Exception {
        ResidentInput input = input(InputStatus.RECEIVED, null, "Meer bankjes.");
        List<InputStatusChange> history = List.of(change(InputStatus.RECEIVED, 1));
        when(input.history()).thenReturn(history);
        InputId inputId = input.id();
        when(inputs.ofResident(inputId, anouk.id())).thenReturn(input);

        mvc.perform(get("/portaal/inbreng/" + input.id()).with(resident())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("U krijgt nog een antwoord.")));
    }

    @Test
    void anInterimAnswerTellsTheResidentWhatIsDoneAndWhenTheAnswerComes() throws Exception {
        ResidentInput input = input(InputStatus.UNDER_CONSIDERATION, null, "Meer bankjes.");
        List<InputStatusChange> history = List.of(change(InputStatus.RECEIVED, 10), change(InputStatus.UNDER_CONSIDERATION, 2));
        when(input.history()).thenReturn(history);
        when(input.interimAnswer()).thenReturn("We vragen de gemeente waar bankjes mogen staan.");
        when(input.interimAt()).thenReturn(NOW.minus(Duration.ofDays(2)));
        when(input.expectedAnswerOn()).thenReturn(java.time.LocalDate.of(2026, 12, 18));
        InputId inputId = input.id();
        when(inputs.ofResident(inputId, anouk.id())).thenReturn(input);

        String page = mvc.perform(get("/portaal/inbreng/" + input.id()).with(resident())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("Tussenbericht").contains("We vragen de gemeente waar bankjes mogen staan.")
                .contains("U krijgt uiterlijk 18 december 2026 antwoord.").contains("U krijgt nog een antwoord.");
    }

    @Test
    void anotherResidentsInputOrAnUnknownIdIsNotFound() throws Exception {
        InputId someoneElses = InputId.random();
        when(inputs.ofResident(someoneElses, anouk.id())).thenThrow(new NotFoundException("input", someoneElses));

        mvc.perform(get("/portaal/inbreng/" + someoneElses).with(resident())).andExpect(status().isNotFound());
        mvc.perform(get("/portaal/inbreng/geen-id").with(resident())).andExpect(status().isNotFound());
    }

    @Test
    void aProfessionalWithoutTheResidentRoleIsRefused() throws Exception {
        Person jeroen = Person.professional("Jeroen Bakker", null, "subject-jeroen", OrganisationId.random());
        when(currentPerson.get()).thenReturn(jeroen);

        mvc.perform(get("/portaal/inbreng").with(oidcLogin().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portaal/inbreng/nieuw").with(oidcLogin().authorities(Role.PROFESSIONAL.authority()))
                        .with(csrf()).param("text", "Idee"))
                .andExpect(status().isForbidden());
        verify(workflow, never()).receive(any());
    }

    @Test
    void sendingWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/portaal/inbreng/nieuw").with(resident()).param("text", "Idee"))
                .andExpect(status().isForbidden());
        verify(workflow, never()).receive(any());
    }

    private static OidcLoginRequestPostProcessor resident() {
        return oidcLogin().authorities(Role.RESIDENT.authority());
    }

    private ResidentInput input(InputStatus status, String topic, String text) {
        TrajectoryId trajectoryId = playground.id();
        ResidentInput input = mock(ResidentInput.class);
        when(input.id()).thenReturn(InputId.random());
        when(input.trajectoryId()).thenReturn(trajectoryId);
        when(input.participantId()).thenReturn(playground.participant());
        when(input.topic()).thenReturn(topic);
        when(input.text()).thenReturn(text);
        when(input.status()).thenReturn(status);
        when(input.receivedAt()).thenReturn(NOW.minus(Duration.ofDays(20)));
        return input;
    }

    private static InputStatusChange change(InputStatus status, int daysAgo) {
        InputStatusChange change = mock(InputStatusChange.class);
        when(change.status()).thenReturn(status);
        when(change.changedAt()).thenReturn(NOW.minus(Duration.ofDays(daysAgo)));
        return change;
    }

    private static Success success(String title, boolean visible, Set<InputId> from) {
        Success success = mock(Success.class);
        when(success.title()).thenReturn(title);
        when(success.isVisible()).thenReturn(visible);
        when(success.inputIds()).thenReturn(from);
        when(success.achievedOn()).thenReturn(LocalDate.of(2026, 11, 20));
        return success;
    }
}
