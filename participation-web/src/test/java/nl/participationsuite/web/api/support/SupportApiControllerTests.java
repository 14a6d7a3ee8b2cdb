package nl.participationsuite.web.api.support;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.support.SupportInvestment;
import nl.participationsuite.domain.support.SupportKind;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportRequestId;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.support.SupportStatus;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(SupportApiController.class)
@Import(SupportViews.class)
class SupportApiControllerTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryService trajectories;

    @MockitoBean
    SupportService support;

    @MockitoBean
    CurrentPerson currentPerson;

    @MockitoBean
    People people;

    private final Person me = Person.professional("Marieke de Vries", null, "s", OrganisationId.random());

    private final Person fatima = Person.resident("Fatima El Amrani", null, null, null);

    private final TrajectoryId trajectoryId = TrajectoryId.random();

    private final ParticipantId fatimaInTrajectory = ParticipantId.random();

    private final Trajectory trajectory = mock(Trajectory.class);

    private final SupportRequest travel = mock(SupportRequest.class);

    @BeforeEach
    void theCoordinatorOfATrajectoryWithATravelCostRequest() {
        when(currentPerson.get()).thenReturn(me);
        when(trajectory.id()).thenReturn(trajectoryId);
        Participant resident = mock(Participant.class);
        when(resident.id()).thenReturn(fatimaInTrajectory);
        when(resident.personId()).thenReturn(fatima.id());
        when(trajectory.participants()).thenReturn(List.of(resident));
        when(trajectories.visibleTo(trajectoryId, me.id())).thenReturn(trajectory);
        when(trajectories.coordinatedBy(trajectoryId, me.id())).thenReturn(trajectory);
        when(people.findByIdIn(anyCollection())).thenReturn(List.of(me, fatima));
        when(travel.id()).thenReturn(SupportRequestId.random());
        when(travel.trajectoryId()).thenReturn(trajectoryId);
        when(travel.participantId()).thenReturn(fatimaInTrajectory);
        when(travel.kind()).thenReturn(SupportKind.TRAVEL_COST);
        when(travel.tripDate()).thenReturn(LocalDate.of(2026, 11, 20));
        when(travel.tripFrom()).thenReturn("Lemelerveld");
        when(travel.tripTo()).thenReturn("Raalte");
        when(travel.amountCents()).thenReturn(1250L);
        when(travel.status()).thenReturn(SupportStatus.REQUESTED);
        when(travel.requestedAt()).thenReturn(NOW);
        when(support.get(travel.id())).thenReturn(travel);
    }

    @Test
    void listsTheRequestsMostRecentFirstWithAmountsInEuroCents() throws Exception {
        SupportRequest training = mock(SupportRequest.class);
        when(training.id()).thenReturn(SupportRequestId.random());
        when(training.participantId()).thenReturn(fatimaInTrajectory);
        when(training.kind()).thenReturn(SupportKind.TRAINING);
        when(training.trainingName()).thenReturn("Vergadertechnieken");
        when(training.amountCents()).thenReturn(null);
        when(training.status()).thenReturn(SupportStatus.REQUESTED);
        when(support.page(trajectoryId, null, PageRequest.of(0, 20)))
                .thenReturn(new PageImpl<>(List.of(training, travel), PageRequest.of(0, 20), 2));

        mvc.perform(get(requests()).with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].kind").value("TRAINING"))
                .andExpect(jsonPath("$.content[0].amountCents").doesNotExist())
                .andExpect(jsonPath("$.content[1].id").value(travel.id().toString()))
                .andExpect(jsonPath("$.content[1].amountCents").value(1250))
                .andExpect(jsonPath("$.content[1].status").value("REQUESTED"))
                .andExpect(jsonPath("$.content[1].residentName").value("Fatima El Amrani"))
                .andExpect(jsonPath("$.content[1].tripFrom").value("Lemelerveld"))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        mvc.perform(get(requests() + "?size=1000").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void asksTheDatabaseForTheRequestedPageInAStatusAndRefusesAnUnknownStatus() throws Exception {
        when(support.page(trajectoryId, SupportStatus.REQUESTED, PageRequest.of(1, 10)))
                .thenReturn(new PageImpl<>(List.of(travel), PageRequest.of(1, 10), 11));

        mvc.perform(get(requests() + "?page=1&size=10&status=REQUESTED").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(travel.id().toString()))
                .andExpect(jsonPath("$.page.number").value(1))
                .andExpect(jsonPath("$.page.totalElements").value(11))
                .andExpect(jsonPath("$.page.totalPages").value(2));
        mvc.perform(get(requests() + "?status=MAYBE").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(requests() + "?page=-1").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theCoordinatorApprovesARequest() throws Exception {
        SupportRequest approved = mock(SupportRequest.class);
        SupportRequestId id = travel.id();
        when(approved.id()).thenReturn(id);
        when(approved.participantId()).thenReturn(fatimaInTrajectory);
        when(approved.status()).thenReturn(SupportStatus.APPROVED);
        when(approved.decidedBy()).thenReturn(me.id());
        when(support.approve(travel.id(), me.id())).thenReturn(approved);

        mvc.perform(post(requests() + "/" + travel.id() + "/approve").with(jwt().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value("Marieke de Vries"));
    }

    @Test
    void refusesADecisionOrPaymentBySomeoneWhoIsNotTheCoordinator() throws Exception {
        when(trajectories.coordinatedBy(trajectoryId, me.id())).thenThrow(new NotAllowedException(
                "trajectory.not-your-coordination", "only the trajectory's coordinator does this"));

        mvc.perform(post(requests() + "/" + travel.id() + "/approve").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("trajectory.not-your-coordination"));
        mvc.perform(post(requests() + "/" + travel.id() + "/reject").with(jwt().authorities(Role.PROFESSIONAL.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Geen budget\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(requests() + "/" + travel.id() + "/paid").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isForbidden());
        verify(support, never()).approve(any(), any());
        verify(support, never()).reject(any(), any(), any());
        verify(support, never()).markPaid(any());
    }

    @Test
    void refusesARejectionWithoutAReason() throws Exception {
        mvc.perform(post(requests() + "/" + travel.id() + "/reject").with(jwt().authorities(Role.COORDINATOR.authority()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post(requests() + "/" + travel.id() + "/reject").with(jwt().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isBadRequest());
        verify(support, never()).reject(any(), any(), any());
    }

    @Test
    void theCoordinatorRejectsARequestWithTheReason() throws Exception {
        SupportRequest rejected = mock(SupportRequest.class);
        SupportRequestId id = travel.id();
        when(rejected.id()).thenReturn(id);
        when(rejected.participantId()).thenReturn(fatimaInTrajectory);
        when(rejected.status()).thenReturn(SupportStatus.REJECTED);
        when(rejected.rejectionReason()).thenReturn("Deze reis hoorde niet bij het traject.");
        when(support.reject(travel.id(), me.id(), "Deze reis hoorde niet bij het traject.")).thenReturn(rejected);

        mvc.perform(post(requests() + "/" + travel.id() + "/reject").with(jwt().authorities(Role.COORDINATOR.authority()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Deze reis hoorde niet bij het traject.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.rejectionReason").value("Deze reis hoorde niet bij het traject."));
    }

    @Test
    void keepsTheDomainsAnswerToADecisionOnADecidedRequest() throws Exception {
        when(support.approve(travel.id(), me.id())).thenThrow(new RuleViolationException("status",
                "support.already-decided", "the request was already decided on (status APPROVED)"));

        mvc.perform(post(requests() + "/" + travel.id() + "/approve").with(jwt().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].code").value("support.already-decided"))
                .andExpect(jsonPath("$.errors[0].message").value("Over deze aanvraag is al besloten."));
    }

    @Test
    void answersARequestOfAnotherTrajectoryWithNotFound() throws Exception {
        SupportRequest elsewhere = mock(SupportRequest.class);
        when(elsewhere.id()).thenReturn(SupportRequestId.random());
        when(elsewhere.trajectoryId()).thenReturn(TrajectoryId.random());
        when(support.get(elsewhere.id())).thenReturn(elsewhere);
        SupportRequestId unknown = SupportRequestId.random();
        when(support.get(unknown)).thenThrow(new NotFoundException("support request", unknown));

        mvc.perform(post(requests() + "/" + elsewhere.id() + "/approve").with(jwt().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isNotFound());
        mvc.perform(post(requests() + "/" + elsewhere.id() + "/paid").with(jwt().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isNotFound());
        mvc.perform(post(requests() + "/" + unknown + "/approve").with(jwt().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isNotFound());
        verify(support, never()).approve(any(), any());
        verify(support, never()).markPaid(any());
    }

    @Test
    void answersATrajectoryOutsideTheCallersScopeWithNotFound() throws Exception {
        TrajectoryId hidden = TrajectoryId.random();
        when(trajectories.visibleTo(hidden, me.id())).thenThrow(new NotFoundException("trajectory", hidden));
        when(trajectories.coordinatedBy(hidden, me.id())).thenThrow(new NotFoundException("trajectory", hidden));
        String path = "/api/v1/trajectories/" + hidden;

        mvc.perform(get(path + "/support-requests").with(jwt().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isNotFound());
        mvc.perform(get(path + "/support-investment").with(jwt().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isNotFound());
        mvc.perform(post(path + "/support-requests/" + travel.id() + "/approve").with(jwt().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isNotFound());
        mvc.perform(post(path + "/support-requests/" + travel.id() + "/paid").with(jwt().authorities(Role.COORDINATOR.authority())))
                .andExpect(status().isNotFound());
        verify(support, never()).approve(any(), any());
        verify(support, never()).markPaid(any());
    }

    @Test
    void recordsThePaymentOfAnApprovedRequest() throws Exception {
        SupportRequest paid = mock(SupportRequest.class);
        SupportRequestId id = travel.id();
        when(paid.id()).thenReturn(id);
        when(paid.participantId()).thenReturn(fatimaInTrajectory);
        when(paid.status()).thenReturn(SupportStatus.PAID);
        when(paid.paidAt()).thenReturn(NOW);
        when(support.markPaid(travel.id())).thenReturn(paid);

        mvc.perform(post(requests() + "/" + travel.id() + "/paid").with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.paidAt").value("2026-11-29T10:00:00Z"));
    }

    @Test
    void showsWhatTheTrajectoryInvestsInItsResidents() throws Exception {
        when(support.investment(trajectoryId)).thenReturn(new SupportInvestment(1250, 5000));

        mvc.perform(get("/api/v1/trajectories/" + trajectoryId + "/support-investment")
                        .with(jwt().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approvedCents").value(1250))
                .andExpect(jsonPath("$.paidCents").value(5000))
                .andExpect(jsonPath("$.totalCents").value(6250));
    }

    @Test
    void keepsResidentsOutOfTheWorkspaceSupport() throws Exception {
        mvc.perform(post(requests() + "/" + travel.id() + "/approve").with(jwt().authorities(Role.RESIDENT.authority())))
                .andExpect(status().isForbidden());
        verifyNoInteractions(support);
    }

    private String requests() {
        return "/api/v1/trajectories/" + trajectoryId + "/support-requests";
    }
}
