package nl.participationsuite.domain.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.testsupport.FeatureIntegrationTest;
import nl.participationsuite.testsupport.MovableClock;
import nl.participationsuite.testsupport.TrajectoryFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FeatureIntegrationTest
class ResponseDeadlineIntegrationTests {

    @Autowired
    TrajectoryService trajectoryService;

    @Autowired
    TrajectoryFixture fixture;

    @Autowired
    MovableClock clock;

    @Test
    void aTrajectoryGivesFourteenDaysUntilTheCoordinatorSetsAnotherResponseTime() {
        TrajectoryFixture.Setup setup = fixture.trajectoryWith(1, 1);
        assertThat(trajectoryService.get(setup.id()).responseTime()).isEqualTo(ResponseTime.DEFAULT);
        assertThat(trajectoryService.responseDue(setup.id())).isEqualTo(clock.instant().plus(Duration.ofDays(14)));

        trajectoryService.changeResponseTime(setup.id(), new ResponseTime(5));

        assertThat(trajectoryService.get(setup.id()).responseTime().days()).isEqualTo(5);
        assertThat(trajectoryService.responseDue(setup.id())).isEqualTo(clock.instant().plus(Duration.ofDays(5)));
    }

    @Test
    void aClosedTrajectoryKeepsItsResponseTime() {
        TrajectoryFixture.Setup setup = fixture.trajectoryWith(1, 1);
        fixture.close(setup.id());

        assertThatThrownBy(() -> trajectoryService.changeResponseTime(setup.id(), new ResponseTime(7)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(trajectoryService.get(setup.id()).responseTime()).isEqualTo(ResponseTime.DEFAULT);
    }

    @Test
    void remindsASilentParticipantWithTheDueDateTheyMissed() {
        TrajectoryFixture.Setup setup = fixture.trajectoryWith(1, 1);
        PersonId resident = setup.person(setup.resident(0));
        Instant due = clock.instant();

        trajectoryService.remindSilentParticipant(setup.id(), resident, AwaitedResponse.VISION_REVIEW, due);

        assertThat(trajectoryService.responseReminders(setup.id())).singleElement().satisfies(reminder -> {
            assertThat(reminder.personId()).isEqualTo(resident);
            assertThat(reminder.awaited()).isEqualTo(AwaitedResponse.VISION_REVIEW);
            assertThat(reminder.dueAt()).isEqualTo(due);
            assertThat(reminder.remindedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void remindsNoOneWhoSteppedBack() {
        TrajectoryFixture.Setup setup = fixture.trajectoryWith(1, 1);
        trajectoryService.stepBack(setup.id(), setup.resident(0));

        assertThat(trajectoryService.remindSilentParticipant(setup.id(), setup.person(setup.resident(0)),
                AwaitedResponse.SEAT_ACCEPTANCE, clock.instant())).isEmpty();
        assertThat(trajectoryService.responseReminders(setup.id())).isEmpty();
    }
}
