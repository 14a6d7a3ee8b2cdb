package nl.participationsuite.domain.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.support.RequestTraining;
import nl.participationsuite.domain.support.RequestTravelCost;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.testsupport.FeatureIntegrationTest;
import nl.participationsuite.testsupport.MovableClock;
import nl.participationsuite.testsupport.TrajectoryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the resident portal loads for a resident: only their own input and support requests, newest first. */
@FeatureIntegrationTest
class ResidentsOwnInputIntegrationTests {

    @Autowired
    InputService inputs;

    @Autowired
    SupportService support;

    @Autowired
    TrajectoryFixture fixture;

    @Autowired
    MovableClock clock;

    TrajectoryFixture.Setup setup;

    PersonId first;

    PersonId second;

    @BeforeEach
    void twoResidents() {
        setup = fixture.trajectoryWith(2, 1);
        first = setup.person(setup.resident(0));
        second = setup.person(setup.resident(1));
    }

    @Test
    void aResidentGetsOnlyTheirOwnInputNewestFirst() {
        ResidentInput older = inputs.receive(input(0, "Meer bankjes"));
        clock.advance(Duration.ofHours(1));
        ResidentInput newer = inputs.receive(input(0, "Een busje op de avond"));
        ResidentInput someoneElses = inputs.receive(input(1, "Een speeltuin"));

        assertThat(inputs.ofResident(first)).extracting(ResidentInput::id).containsExactly(newer.id(), older.id());
        assertThat(inputs.ofResident(newer.id(), first).text()).isEqualTo("Een busje op de avond");
        assertThatThrownBy(() -> inputs.ofResident(someoneElses.id(), first)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inputs.ofResident(InputId.random(), first)).isInstanceOf(NotFoundException.class);
        assertThat(inputs.ofResident(someoneElses.id(), second).id()).isEqualTo(someoneElses.id());
    }

    @Test
    void aResidentGetsOnlyTheirOwnSupportRequestsNewestFirst() {
        SupportRequest trip = support.requestTravelCost(setup.id(), new RequestTravelCost(setup.resident(0),
                LocalDate.now(clock).minusDays(1), "Lemelerveld", "Dalfsen", 1250L));
        clock.advance(Duration.ofHours(1));
        SupportRequest training = support.requestTraining(setup.id(),
                new RequestTraining(setup.resident(0), "Vergaderen", "Welzijn Dalfsen", null));
        support.requestTraining(setup.id(), new RequestTraining(setup.resident(1), "Presenteren", "Dorpshuis", 4500L));

        assertThat(support.ofResident(first)).extracting(SupportRequest::id).containsExactly(training.id(), trip.id());
        assertThat(support.ofResident(second)).extracting(SupportRequest::trainingName).containsExactly("Presenteren");
    }

    private ReceiveInput input(int resident, String text) {
        return new ReceiveInput(setup.id(), setup.resident(resident), null, InputChannel.PORTAL, null, text, null);
    }
}
