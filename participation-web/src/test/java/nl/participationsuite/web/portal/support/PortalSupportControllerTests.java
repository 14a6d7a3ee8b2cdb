package nl.participationsuite.web.portal.support;

import static nl.participationsuite.web.portal.PortalSliceFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.support.RequestTraining;
import nl.participationsuite.domain.support.RequestTravelCost;
import nl.participationsuite.domain.support.SupportKind;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.support.SupportStatus;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A resident's support in the portal: their requests, claiming travel costs and asking for a training. */
@WebSliceTest(PortalSupportController.class)
@Import({ PortalSupport.class, ResidentTrajectories.class, Dates.class, FormIds.class, PortalSliceFixture.FixedClock.class })
class PortalSupportControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SupportService support;

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
    void listsMyRequestsWithTheirStatusInPlainWordsAndAmountsInEuro() throws Exception {
        TrajectoryId trajectoryId = playground.id();
        SupportRequest trip = request(trajectoryId, SupportKind.TRAVEL_COST, 1250L, SupportStatus.REJECTED);
        when(trip.tripFrom()).thenReturn("Lemelerveld");
        when(trip.tripTo()).thenReturn("Dalfsen");
        when(trip.tripDate()).thenReturn(LocalDate.of(2026, 11, 20));
        when(trip.rejectionReason()).thenReturn("Deze reis was niet voor het traject.");
        SupportRequest training = request(trajectoryId, SupportKind.TRAINING, null, SupportStatus.APPROVED);
        when(training.trainingName()).thenReturn("Vergaderen voor beginners");
        when(training.trainingProvider()).thenReturn("Welzijn Dalfsen");
        when(support.ofResident(anouk.id())).thenReturn(List.of(training, trip));

        String page = mvc.perform(get("/portaal/ondersteuning").with(resident())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Reis van Lemelerveld naar Dalfsen").contains("€\u00a012,50")
                .contains("Afgewezen.").contains("Deze reis was niet voor het traject.")
                .contains("Vergaderen voor beginners").contains("Gratis").contains("Goedgekeurd.")
                .contains("href=\"/portaal/ondersteuning/reiskosten\"").contains("href=\"/portaal/ondersteuning/training\"");
    }

    @Test
    void showsTheTravelCostForm() throws Exception {
        String page = mvc.perform(get("/portaal/ondersteuning/reiskosten").with(resident())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<label for=\"amount\">Bedrag in euro</label>").contains("type=\"date\"")
                .contains("Dit gaat naar het traject: Speeltuin De Horst").contains("name=\"_csrf\"");
    }

    @Test
    void claimsTravelCostsWithTheAmountTypedTheDutchWay() throws Exception {
        mvc.perform(travel("12,50"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/portaal/ondersteuning"))
                .andExpect(flash().attributeExists("notice"));

        verify(support).requestTravelCost(playground.id(), new RequestTravelCost(playground.participant(),
                LocalDate.of(2026, 11, 20), "Lemelerveld", "Dalfsen", 1250L));
    }

    @Test
    void aNegativeAmountIsRefusedNextToTheAmountField() throws Exception {
        String page = mvc.perform(travel("-12,50")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"amount-error\"").contains("Een bedrag onder nul kan niet.")
                .contains("href=\"#amount\"").contains("aria-invalid=\"true\"").contains("value=\"-12,50\"");
        verify(support, never()).requestTravelCost(any(), any());
    }

    @Test
    void textThatIsNoAmountIsRefusedNextToTheAmountField() throws Exception {
        mvc.perform(travel("twaalf euro")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Vul een bedrag in euro in, bijvoorbeeld 12,50.")));
        verify(support, never()).requestTravelCost(any(), any());
    }

    @Test
    void theDomainsLimitOnTheAmountShowsOnTheAmountField() throws Exception {
        when(support.requestTravelCost(any(), any())).thenThrow(new RuleViolationException("amountCents",
                "support.amount-out-of-range", "amountCents must be more than 0 and at most 100000 cents (EUR 1000)"));

        String page = mvc.perform(travel("1.000.000")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"amount-error\"").contains("Het bedrag moet meer dan € 0 en hoogstens € 1000 zijn.");
        verify(support).requestTravelCost(any(), eq(new RequestTravelCost(playground.participant(),
                LocalDate.of(2026, 11, 20), "Lemelerveld", "Dalfsen", 100_000_000L)));
    }

    @Test
    void emptyFieldsAreErrorsNextToThemAndNothingIsRequested() throws Exception {
        String page = mvc.perform(post("/portaal/ondersteuning/reiskosten").with(resident()).with(csrf())
                        .param("from", "Lemelerveld"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Controleer deze velden").contains("id=\"tripDate-error\"").contains("id=\"to-error\"")
                .contains("id=\"amount-error\"").contains("value=\"Lemelerveld\"");
        verify(support, never()).requestTravelCost(any(), any());
    }

    @Test
    void aDateThatIsNoDateIsAnErrorOnTheDateField() throws Exception {
        String page = mvc.perform(post("/portaal/ondersteuning/reiskosten").with(resident()).with(csrf())
                        .param("from", "Lemelerveld").param("tripDate", "gisteren").param("amount", "5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"tripDate-error\"").contains("value=\"Lemelerveld\"");
        verify(support, never()).requestTravelCost(any(), any());
    }

    @Test
    void aTripInTheFutureIsRefusedOnTheDateField() throws Exception {
        when(support.requestTravelCost(any(), any())).thenThrow(new RuleViolationException("tripDate",
                "support.trip-in-the-future", "travel costs are claimed for a trip already made"));

        mvc.perform(travel("12,50")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"tripDate-error\"")));
    }

    @Test
    void asksForATrainingWithOrWithoutCost() throws Exception {
        mvc.perform(post("/portaal/ondersteuning/training").with(resident()).with(csrf())
                        .param("trainingName", "Vergaderen voor beginners").param("provider", "Welzijn Dalfsen")
                        .param("cost", "45"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/portaal/ondersteuning"));
        mvc.perform(post("/portaal/ondersteuning/training").with(resident()).with(csrf())
                        .param("trainingName", "Samen beslissen").param("provider", "Dorpshuis").param("cost", ""))
                .andExpect(status().isFound());

        verify(support).requestTraining(playground.id(), new RequestTraining(playground.participant(),
                "Vergaderen voor beginners", "Welzijn Dalfsen", 4500L));
        verify(support).requestTraining(playground.id(), new RequestTraining(playground.participant(),
                "Samen beslissen", "Dorpshuis", null));
    }

    @Test
    void aTrainingWithoutNameOrWithANegativeCostIsRefusedOnItsFields() throws Exception {
        String page = mvc.perform(get("/portaal/ondersteuning/training").with(resident())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<label for=\"trainingName\">Naam van de training</label>");

        page = mvc.perform(post("/portaal/ondersteuning/training").with(resident()).with(csrf())
                        .param("trainingName", " ").param("provider", "Dorpshuis").param("cost", "-5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"trainingName-error\"").contains("id=\"cost-error\"")
                .contains("Een bedrag onder nul kan niet.");
        verify(support, never()).requestTraining(any(), any());
    }

    @Test
    void aTrajectoryThatIsNotMineIsNotFound() throws Exception {
        mvc.perform(post("/portaal/ondersteuning/reiskosten").with(resident()).with(csrf())
                        .param("trajectoryId", TrajectoryId.random().toString()).param("tripDate", "2026-11-20")
                        .param("from", "A").param("to", "B").param("amount", "5"))
                .andExpect(status().isNotFound());
        verify(support, never()).requestTravelCost(any(), any());
    }

    @Test
    void aProfessionalWithoutTheResidentRoleIsRefused() throws Exception {
        when(currentPerson.get()).thenReturn(Person.professional("Jeroen Bakker", null, "s", OrganisationId.random()));

        mvc.perform(get("/portaal/ondersteuning").with(oidcLogin().authorities(Role.PROFESSIONAL.authority())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portaal/ondersteuning/reiskosten").with(oidcLogin().authorities(Role.COORDINATOR.authority()))
                        .with(csrf()).param("amount", "5"))
                .andExpect(status().isForbidden());
        verify(support, never()).requestTravelCost(any(), any());
    }

    @Test
    void sendingWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/portaal/ondersteuning/training").with(resident()).param("trainingName", "X")
                        .param("provider", "Y"))
                .andExpect(status().isForbidden());
        verify(support, never()).requestTraining(any(), any());
    }

    private org.springframework.test.web.servlet.RequestBuilder travel(String amount) {
        return post("/portaal/ondersteuning/reiskosten").with(resident()).with(csrf()).param("tripDate", "2026-11-20")
                .param("from", "Lemelerveld").param("to", "Dalfsen").param("amount", amount);
    }

    private static OidcLoginRequestPostProcessor resident() {
        return oidcLogin().authorities(Role.RESIDENT.authority());
    }

    private static SupportRequest request(TrajectoryId trajectoryId, SupportKind kind, Long cents, SupportStatus status) {
        SupportRequest request = mock(SupportRequest.class);
        when(request.trajectoryId()).thenReturn(trajectoryId);
        when(request.kind()).thenReturn(kind);
        when(request.amountCents()).thenReturn(cents);
        when(request.status()).thenReturn(status);
        when(request.requestedAt()).thenReturn(NOW);
        return request;
    }
}
