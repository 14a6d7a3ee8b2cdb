package nl.participationsuite.domain.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
class SupportIntegrationTests {

    @Autowired
    SupportService support;

    @Autowired
    TrajectoryService trajectoryService;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aResidentClaimsTravelCostsTheCoordinatorApprovesAndTheyArePaid() {
        Setup setup = trajectoryWithResidents(1);
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);

        SupportRequest request = support.requestTravelCost(setup.trajectoryId(),
                new RequestTravelCost(setup.resident(0), yesterday, " Lemele ", "Ommen", 1240L));
        support.approve(request.id(), setup.coordinator());
        support.markPaid(request.id());

        SupportRequest stored = support.get(request.id());
        assertThat(stored.kind()).isEqualTo(SupportKind.TRAVEL_COST);
        assertThat(stored.tripDate()).isEqualTo(yesterday);
        assertThat(stored.tripFrom()).isEqualTo("Lemele");
        assertThat(stored.amountCents()).isEqualTo(1240L);
        assertThat(stored.status()).isEqualTo(SupportStatus.PAID);
        assertThat(stored.decidedBy()).isEqualTo(setup.coordinator());
        assertThat(stored.decidedAt()).isNotNull();
        assertThat(stored.paidAt()).isNotNull();
        assertThat(support.investment(setup.trajectoryId())).isEqualTo(new SupportInvestment(0, 1240));
        assertThat(jdbc.queryForMap("select status, amount_cents, modified_by from support_request where id = ?", request.id().value()))
                .containsEntry("status", "PAID").containsEntry("amount_cents", 1240L).containsEntry("modified_by", "system");
    }

    @Test
    void theInvestmentCountsApprovedAndPaidAmountsOnly() {
        Setup setup = trajectoryWithResidents(2);
        SupportRequest paid = travel(setup, 0, 2_000L);
        SupportRequest approved = support.requestTraining(setup.trajectoryId(),
                new RequestTraining(setup.resident(1), "Ervaringsdeskundige in de zorg", "Hogeschool Windesheim", 45_000L));
        SupportRequest freeTraining = support.requestTraining(setup.trajectoryId(),
                new RequestTraining(setup.resident(1), "Vergadertechnieken", "Bibliotheek", null));
        SupportRequest rejected = travel(setup, 1, 7_000L);
        travel(setup, 0, 300L);
        support.approve(paid.id(), setup.coordinator());
        support.markPaid(paid.id());
        support.approve(approved.id(), setup.coordinator());
        support.approve(freeTraining.id(), setup.coordinator());
        support.reject(rejected.id(), setup.coordinator(), "Deze reis was niet voor het traject");

        SupportInvestment investment = support.investment(setup.trajectoryId());

        assertThat(investment).isEqualTo(new SupportInvestment(45_000, 2_000));
        assertThat(investment.totalCents()).isEqualTo(47_000);
        assertThat(support.list(setup.trajectoryId())).hasSize(5);
        assertThat(support.get(freeTraining.id()).amountCents()).isNull();
    }

    @Test
    void refusesAmountsOfNothingOrMoreThanAThousandEuroAndStoresNothing() {
        Setup setup = trajectoryWithResidents(1);
        LocalDate today = LocalDate.now(clock);

        for (long cents : new long[] {0, -500, 100_001}) {
            assertViolation(() -> support.requestTravelCost(setup.trajectoryId(),
                    new RequestTravelCost(setup.resident(0), today, "Dalfsen", "Zwolle", cents)),
                    "amountCents", "support.amount-out-of-range");
        }
        assertViolation(() -> support.requestTravelCost(setup.trajectoryId(),
                new RequestTravelCost(setup.resident(0), today, "Dalfsen", "Zwolle", null)), "amountCents", "required");
        assertViolation(() -> support.requestTraining(setup.trajectoryId(),
                new RequestTraining(setup.resident(0), "Voorzitten", "Movisie", 100_001L)), "costCents", "support.amount-out-of-range");
        assertThat(requestsOf(setup.trajectoryId())).isZero();

        support.requestTravelCost(setup.trajectoryId(), new RequestTravelCost(setup.resident(0), today, "Dalfsen", "Zwolle", 100_000L));
        support.requestTravelCost(setup.trajectoryId(), new RequestTravelCost(setup.resident(0), today, "Dalfsen", "Zwolle", 1L));
        assertThat(requestsOf(setup.trajectoryId())).isEqualTo(2);
    }

    @Test
    void refusesTravelCostsOfATripStillToComeAndIncompleteRequests() {
        Setup setup = trajectoryWithResidents(1);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);

        assertViolation(() -> support.requestTravelCost(setup.trajectoryId(),
                new RequestTravelCost(setup.resident(0), tomorrow, "Dalfsen", "Zwolle", 500L)), "tripDate", "support.trip-in-the-future");
        assertViolation(() -> support.requestTravelCost(setup.trajectoryId(),
                new RequestTravelCost(setup.resident(0), null, "Dalfsen", "Zwolle", 500L)), "tripDate", "required");
        assertViolation(() -> support.requestTravelCost(setup.trajectoryId(),
                new RequestTravelCost(setup.resident(0), tomorrow.minusDays(1), "Dalfsen", " ", 500L)), "to", "required");
        assertViolation(() -> support.requestTraining(setup.trajectoryId(),
                new RequestTraining(setup.resident(0), "Voorzitten", null, null)), "provider", "required");

        assertThat(requestsOf(setup.trajectoryId())).isZero();
    }

    @Test
    void onlyTheCoordinatorOfTheTrajectoryDecides() {
        Setup setup = trajectoryWithResidents(1);
        Setup other = trajectoryWithResidents(0);
        SupportRequest request = travel(setup, 0, 800L);

        assertViolation(() -> support.approve(request.id(), setup.contactPerson()), "decidedBy", "support.not-the-coordinator");
        assertViolation(() -> support.approve(request.id(), setup.residentPeople().get(0)), "decidedBy", "support.not-the-coordinator");
        assertViolation(() -> support.approve(request.id(), other.coordinator()), "decidedBy", "support.not-the-coordinator");
        assertViolation(() -> support.reject(request.id(), setup.contactPerson(), "Nee"), "decidedBy", "support.not-the-coordinator");
        assertViolation(() -> support.approve(request.id(), null), "decidedBy", "support.not-the-coordinator");

        assertThat(jdbc.queryForMap("select status, decided_by, version from support_request where id = ?", request.id().value()))
                .containsEntry("status", "REQUESTED").containsEntry("decided_by", null).containsEntry("version", 0L);
    }

    @Test
    void aRejectionGivesAReasonAndIsNeverPaid() {
        Setup setup = trajectoryWithResidents(1);
        SupportRequest request = travel(setup, 0, 800L);

        assertViolation(() -> support.reject(request.id(), setup.coordinator(), "  "), "reason", "required");
        assertThat(support.get(request.id()).status()).isEqualTo(SupportStatus.REQUESTED);

        support.reject(request.id(), setup.coordinator(), "Er is al een taxi geregeld");
        assertViolation(() -> support.markPaid(request.id()), "status", "support.not-approved");
        assertViolation(() -> support.approve(request.id(), setup.coordinator()), "status", "support.already-decided");

        SupportRequest stored = support.get(request.id());
        assertThat(stored.status()).isEqualTo(SupportStatus.REJECTED);
        assertThat(stored.rejectionReason()).isEqualTo("Er is al een taxi geregeld");
        assertThat(stored.paidAt()).isNull();
        assertThat(support.investment(setup.trajectoryId()).totalCents()).isZero();
    }

    @Test
    void paysOnlyAnApprovedRequestAndOnlyOnce() {
        Setup setup = trajectoryWithResidents(1);
        SupportRequest request = travel(setup, 0, 800L);

        assertViolation(() -> support.markPaid(request.id()), "status", "support.not-approved");
        support.approve(request.id(), setup.coordinator());
        support.markPaid(request.id());
        assertViolation(() -> support.markPaid(request.id()), "status", "support.not-approved");

        assertThat(support.investment(setup.trajectoryId())).isEqualTo(new SupportInvestment(0, 800));
    }

    @Test
    void supportIsForResidentsOnly() {
        Setup setup = trajectoryWithResidents(0);
        ParticipantId coordinator = trajectoryService.get(setup.trajectoryId()).participantOf(setup.coordinator())
                .orElseThrow().id();

        assertViolation(() -> support.requestTraining(setup.trajectoryId(), new RequestTraining(coordinator, "Voorzitten", "Movisie", null)),
                "participantId", "support.not-a-resident");

        assertThat(requestsOf(setup.trajectoryId())).isZero();
    }

    @Test
    void answersAnUnknownRequestWithNotFound() {
        assertThatThrownBy(() -> support.approve(SupportRequestId.random(), PersonId.random())).isInstanceOf(NotFoundException.class);
    }

    private SupportRequest travel(Setup setup, int resident, long cents) {
        return support.requestTravelCost(setup.trajectoryId(),
                new RequestTravelCost(setup.resident(resident), LocalDate.now(clock), "Hoonhorst", "Dalfsen", cents));
    }

    private int requestsOf(TrajectoryId trajectoryId) {
        return jdbc.queryForObject("select count(*) from support_request where trajectory_id = ?", Integer.class, trajectoryId.value());
    }

    private static void assertViolation(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class, ex -> {
            assertThat(ex.field()).isEqualTo(field);
            assertThat(ex.code()).isEqualTo(code);
        });
    }

    private Setup trajectoryWithResidents(int residents) {
        Organisation municipality = organisations.save(new Organisation("Gemeente Dalfsen", OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.professional("Marieke de Vries", null, null, municipality.id()));
        Person contact = people.save(Person.professional("Pieter van Dijk", null, null, municipality.id()));
        Trajectory trajectory = trajectoryService.start(new StartTrajectory("Samen gezond in Dalfsen", "Gezondheid",
                "Dalfsen", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, municipality.id(),
                coordinator.id(), contact.id(), null, null));
        List<Person> residentPeople = IntStream.range(0, residents)
                .mapToObj(i -> people.save(Person.resident("Inwoner " + i, null, null, null))).toList();
        List<ParticipantId> participants = residentPeople.stream()
                .map(resident -> trajectoryService.addParticipant(trajectory.id(), resident.id()).id()).toList();
        return new Setup(trajectory.id(), coordinator.id(), contact.id(), residentPeople.stream().map(Person::id).toList(),
                participants);
    }

    private record Setup(TrajectoryId trajectoryId, PersonId coordinator, PersonId contactPerson,
            List<PersonId> residentPeople, List<ParticipantId> residents) {

        ParticipantId resident(int index) {
            return residents.get(index);
        }
    }
}
