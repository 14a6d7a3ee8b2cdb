package nl.participationsuite.web.api.input;

import nl.participationsuite.web.input.InputViews;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.anyCollection;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import nl.participationsuite.domain.input.AnswerDelivery;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.InputStatusChange;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.security.WebSliceTest;
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.input.InputWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(InputApiController.class)
@Import({ InputViews.class, InputApiControllerTests.FixedClock.class })
class InputApiControllerTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    InputService inputs;

    @MockitoBean
    InputWorkflow workflow;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    People people;

    private final Person me = Person.professional("Jeroen Bakker", null, "s", OrganisationId.random());

    private final Person fatima = Person.resident("Fatima El Amrani", null, null, null);

    private final TrajectoryId trajectoryId = TrajectoryId.random();

    private final ParticipantId fatimaInTrajectory = ParticipantId.random();

    private final Trajectory trajectory = mock(Trajectory.class);

    @BeforeEach
    void aProfessionalWhoSeesTheTrajectoryWithOneResident() {
        when(currentPerson.get()).thenReturn(me);
        when(trajectories.visibleTo(trajectoryId, me.id())).thenReturn(trajectory);
        when(trajectory.id()).thenReturn(trajectoryId);
        Participant resident = mock(Participant.class);
        when(resident.id()).thenReturn(fatimaInTrajectory);
        when(resident.personId()).thenReturn(fatima.id());
        Participant professional = mock(Participant.class);
        when(professional.id()).thenReturn(ParticipantId.random());
        when(professional.personId()).thenReturn(me.id());
        when(trajectory.participants()).thenReturn(List.of(professional, resident));
        when(people.findByIdIn(anyCollection())).thenReturn(List.of(me, fatima));
    }

    @Test
    void listsTheTrajectorysInputNewestFirstWithTheResidentsNameAndWhetherItIsOverdue() throws Exception {
        ResidentInput older = input(NOW.minus(Duration.ofDays(20)), InputStatus.RECEIVED);
        when(older.isLate(NOW)).thenReturn(true);
        ResidentInput newer = input(NOW.minus(Duration.ofDays(1)), InputStatus.ADOPTED);
        when(newer.feedback()).thenReturn("De bus stopt voortaan bij het dorpshuis.");
        when(inputs.page(trajectoryId, null, PageRequest.of(0, 20)))
                .thenReturn(new PageImpl<>(List.of(newer, older), PageRequest.of(0, 20), 2));

        mvc.perform(get(inputs()).with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(newer.id().toString()))
                .andExpect(jsonPath("$.content[0].status").value("ADOPTED"))
                .andExpect(jsonPath("$.content[0].feedback").value("De bus stopt voortaan bij het dorpshuis."))
                .andExpect(jsonPath("$.content[0].overdue").value(false))
                .andExpect(jsonPath("$.content[1].id").value(older.id().toString()))
                .andExpect(jsonPath("$.content[1].residentName").value("Fatima El Amrani"))
                .andExpect(jsonPath("$.content[1].residentParticipantId").value(fatimaInTrajectory.toString()))
                .andExpect(jsonPath("$.content[1].channel").value("PHONE"))
                .andExpect(jsonPath("$.content[1].overdue").value(true))
                .andExpect(jsonPath("$.page.totalElements").value(2));
    }

    @Test
    void asksTheDatabaseForTheRequestedPageInTheRequestedStatus() throws Exception {
        ResidentInput older = input(NOW.minus(Duration.ofDays(20)), InputStatus.RECEIVED);
        when(inputs.page(trajectoryId, InputStatus.RECEIVED, PageRequest.of(1, 1)))
                .thenReturn(new PageImpl<>(List.of(older), PageRequest.of(1, 1), 2));
        when(inputs.page(trajectoryId, null, PageRequest.of(5, 20)))
                .thenReturn(new PageImpl<>(List.of(), PageRequest.of(5, 20), 2));

        mvc.perform(get(inputs() + "?page=1&size=1&status=RECEIVED").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].id").value(older.id().toString()))
                .andExpect(jsonPath("$.page.number").value(1))
                .andExpect(jsonPath("$.page.size").value(1))
                .andExpect(jsonPath("$.page.totalElements").value(2))
                .andExpect(jsonPath("$.page.totalPages").value(2));
        mvc.perform(get(inputs() + "?page=5").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(0))
                .andExpect(jsonPath("$.page.totalElements").value(2));
    }

    @Test
    void refusesAPageSizeOutOfBounds() throws Exception {
        mvc.perform(get(inputs() + "?size=101").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(inputs() + "?page=-1").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(inputs() + "?size=0").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest());
        mvc.perform(get(inputs() + "?page=eins").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(inputs() + "?status=FORGOTTEN").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(inputs, never()).page(any(), any(), any());
    }

    @Test
    void readsOneInputWithItsTimelineByDisplayName() throws Exception {
        ResidentInput input = input(NOW.minus(Duration.ofDays(3)), InputStatus.UNDER_CONSIDERATION);
        when(input.recordedOnBehalfBy()).thenReturn(me.id());
        InputStatusChange received = change(InputStatus.RECEIVED, NOW.minus(Duration.ofDays(3)), me);
        InputStatusChange considered = change(InputStatus.UNDER_CONSIDERATION, NOW.minus(Duration.ofDays(2)), me);
        when(input.history()).thenReturn(List.of(received, considered));
        when(inputs.find(input.id())).thenReturn(Optional.of(input));

        mvc.perform(get(inputs() + "/" + input.id()).with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.input.id").value(input.id().toString()))
                .andExpect(jsonPath("$.input.residentName").value("Fatima El Amrani"))
                .andExpect(jsonPath("$.recordedOnBehalfBy").value("Jeroen Bakker"))
                .andExpect(jsonPath("$.history[0].status").value("RECEIVED"))
                .andExpect(jsonPath("$.history[0].by").value("Jeroen Bakker"))
                .andExpect(jsonPath("$.history[1].status").value("UNDER_CONSIDERATION"))
                .andExpect(jsonPath("$.history[1].at").value("2026-11-27T10:00:00Z"));
    }

    @Test
    void answersAnInputOfAnotherTrajectoryWithNotFound() throws Exception {
        ResidentInput elsewhere = input(NOW, InputStatus.RECEIVED);
        when(elsewhere.trajectoryId()).thenReturn(TrajectoryId.random());
        when(inputs.find(elsewhere.id())).thenReturn(Optional.of(elsewhere));

        mvc.perform(get(inputs() + "/" + elsewhere.id()).with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Fatima"))));
        mvc.perform(get(inputs() + "/" + InputId.random()).with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isNotFound());
    }

    @Test
    void answersATrajectoryOutsideTheCallersScopeWithNotFoundAndRecordsNothing() throws Exception {
        TrajectoryId hidden = TrajectoryId.random();
        when(trajectories.visibleTo(hidden, me.id())).thenThrow(new NotFoundException("trajectory", hidden));

        mvc.perform(get("/api/v1/trajectories/" + hidden + "/inputs").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Niet gevonden"));
        mvc.perform(post("/api/v1/trajectories/" + hidden + "/inputs").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content(body(fatimaInTrajectory)))
                .andExpect(status().isNotFound());
        verify(workflow, never()).receive(any());
    }

    @Test
    void recordsInputOnBehalfOfAResidentWithTheCallerAsTheRecorder() throws Exception {
        ResidentInput received = input(NOW, InputStatus.RECEIVED);
        when(workflow.receive(new ReceiveInput(trajectoryId, fatimaInTrajectory, me.id(), InputChannel.PHONE,
                "Vervoer", "De bus rijdt niet meer op zondag.", null))).thenReturn(received);

        mvc.perform(post(inputs()).with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content(body(fatimaInTrajectory)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", inputs() + "/" + received.id()))
                .andExpect(jsonPath("$.input.id").value(received.id().toString()))
                .andExpect(jsonPath("$.input.status").value("RECEIVED"));
    }

    @Test
    void refusesInputWithFieldErrorsBeforeRecordingAnything() throws Exception {
        mvc.perform(post(inputs()).with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \" \", \"topic\": \"" + "x".repeat(201) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'residentParticipantId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'channel')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'text')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'topic')]").exists());
        mvc.perform(post(inputs()).with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"residentParticipantId\": \"not-an-id\", \"channel\": \"PHONE\", \"text\": \"Hallo\"}"))
                .andExpect(status().isBadRequest());
        verify(workflow, never()).receive(any());
    }

    @Test
    void givesAnInterimAnswerAndAnAnswerPassedOnByPhone() throws Exception {
        ResidentInput input = input(NOW, InputStatus.UNDER_CONSIDERATION);
        InputId id = input.id();
        when(input.interimAnswer()).thenReturn("We vragen het de vervoerder.");
        when(input.interimAt()).thenReturn(NOW);
        when(input.interimBy()).thenReturn(me.id());
        when(input.expectedAnswerOn()).thenReturn(java.time.LocalDate.of(2026, 12, 20));
        when(workflow.giveInterimAnswer(trajectoryId, id, me.id(), "We vragen het de vervoerder.",
                java.time.LocalDate.of(2026, 12, 20))).thenReturn(input);

        mvc.perform(post(inputs() + "/" + id + "/interim-answer").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"interimAnswer\": \"We vragen het de vervoerder.\", \"expectedOn\": \"2026-12-20\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interim.text").value("We vragen het de vervoerder."))
                .andExpect(jsonPath("$.interim.by").value("Jeroen Bakker"))
                .andExpect(jsonPath("$.interim.expectedOn").value("2026-12-20"))
                .andExpect(jsonPath("$.residentHasAccount").value(false));
        mvc.perform(post(inputs() + "/" + id + "/interim-answer").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"interimAnswer\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'interimAnswer')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'expectedOn')]").exists());

        when(workflow.respond(eq(trajectoryId), eq(id), eq(me.id()), any())).thenReturn(input);
        mvc.perform(post(inputs() + "/" + id + "/response").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"ADOPTED\", \"feedback\": \"Ja.\", \"passedOn\": \"PHONE\"}"))
                .andExpect(status().isOk());
        verify(workflow).respond(trajectoryId, id, me.id(),
                new InputResponseOutcome(InputStatus.ADOPTED, "Ja.", AnswerDelivery.PHONE));
    }

    @Test
    void namesTheRequestsFieldWhenTheDomainRefusesTheResident() throws Exception {
        ParticipantId professional = ParticipantId.random();
        when(workflow.receive(any())).thenThrow(
                new RuleViolationException("residentId", "input.not-a-resident", "input comes from residents"));

        mvc.perform(post(inputs()).with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content(body(professional)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("residentParticipantId"))
                .andExpect(jsonPath("$.errors[0].code").value("input.not-a-resident"))
                .andExpect(jsonPath("$.errors[0].message").value("Alleen inwoners geven inbreng."));
    }

    @Test
    void keepsResidentsOutOfTheWorkspaceInput() throws Exception {
        mvc.perform(get(inputs()).with(jwt().authorities(Role.RESIDENT.authority())))
                .andExpect(status().isForbidden());
        verify(trajectories, never()).visibleTo(any(TrajectoryId.class), any());
    }

    private String inputs() {
        return "/api/v1/trajectories/" + trajectoryId + "/inputs";
    }

    private static String body(ParticipantId resident) {
        return """
                {"residentParticipantId": "%s", "channel": "PHONE", "topic": "Vervoer",
                 "text": "De bus rijdt niet meer op zondag."}""".formatted(resident);
    }

    private ResidentInput input(Instant receivedAt, InputStatus status) {
        ResidentInput input = mock(ResidentInput.class);
        when(input.id()).thenReturn(InputId.random());
        when(input.trajectoryId()).thenReturn(trajectoryId);
        when(input.participantId()).thenReturn(fatimaInTrajectory);
        when(input.channel()).thenReturn(InputChannel.PHONE);
        when(input.text()).thenReturn("De bus rijdt niet meer op zondag.");
        when(input.receivedAt()).thenReturn(receivedAt);
        when(input.dueAt()).thenReturn(receivedAt.plus(Duration.ofDays(14)));
        when(input.status()).thenReturn(status);
        return input;
    }

    private static InputStatusChange change(InputStatus status, Instant at, Person by) {
        InputStatusChange change = mock(InputStatusChange.class);
        when(change.status()).thenReturn(status);
        when(change.changedAt()).thenReturn(at);
        when(change.changedBy()).thenReturn(by.id());
        return change;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
