package nl.participationsuite.domain.input;

import static nl.participationsuite.testsupport.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.testsupport.FeatureIntegrationTest;
import nl.participationsuite.testsupport.MovableClock;
import nl.participationsuite.testsupport.TrajectoryFixture;

@FeatureIntegrationTest
class InputIntegrationTests {

    @Autowired
    InputService inputService;

    @Autowired
    TrajectoryFixture fixture;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TrajectoryFixture.Setup setup;

    PersonId coordinator;

    @BeforeEach
    void startTrajectory() {
        setup = fixture.trajectoryWith(2, 2);
        coordinator = setup.coordinator();
    }

    @Test
    void receivesAResidentsInputDueForAnAnswerInFourteenDays() {
        ResidentInput input = inputService.receive(fromResident(0, "Kan de buurtkamer ook 's avonds open?"));

        ResidentInput stored = inputService.get(input.id());
        assertThat(stored.status()).isEqualTo(InputStatus.RECEIVED);
        assertThat(stored.receivedAt()).isEqualTo(clock.instant());
        assertThat(stored.dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(14)));
        assertThat(stored.recordedOnBehalfBy()).isNull();
        assertThat(stored.topic()).isEqualTo("Buurtkamer");
        assertThat(inputService.history(input.id())).singleElement().satisfies(change -> {
            assertThat(change.status()).isEqualTo(InputStatus.RECEIVED);
            assertThat(change.changedBy()).isEqualTo(setup.person(setup.resident(0)));
        });
        assertThat(inputService.ofTrajectory(setup.id())).extracting(ResidentInput::id).containsExactly(input.id());
        assertThat(inputService.ofParticipant(setup.resident(0))).extracting(ResidentInput::id).containsExactly(input.id());
        assertThat(inputService.ofParticipant(setup.resident(1))).isEmpty();
        assertThat(jdbc.queryForMap("select status, created_by from resident_input where id = ?", input.id().value()))
                .containsEntry("status", "RECEIVED").containsEntry("created_by", "system");
    }

    @Test
    void aProfessionalRecordsInputOnBehalfOfAResidentWithoutAccount() {
        PersonId professional = setup.person(setup.professional(1));
        Instant lastWeek = clock.instant().minus(Duration.ofDays(7));

        ResidentInput input = inputService.receive(new ReceiveInput(setup.id(), setup.resident(1), professional,
                InputChannel.DOOR_TO_DOOR, null, "Meer bankjes langs de route naar de supermarkt", lastWeek));

        assertThat(input.recordedOnBehalfBy()).isEqualTo(professional);
        assertThat(input.participantId()).isEqualTo(setup.resident(1));
        assertThat(input.dueAt()).isEqualTo(lastWeek.plus(Duration.ofDays(14)));
        assertThat(input.history().get(0).changedBy()).isEqualTo(professional);
        assertThat(jdbc.queryForObject("select recorded_on_behalf_by from resident_input where id = ?",
                java.util.UUID.class, input.id().value())).isEqualTo(professional.value());
    }

    @Test
    void refusesInputThatIsNoResidentsOrIncompleteAndStoresNothing() {
        assertRefused(() -> inputService.receive(new ReceiveInput(setup.id(), setup.professional(1), null,
                InputChannel.MEETING, null, "Idee", null)), "residentId", "input.not-a-resident");
        assertRefused(() -> inputService.receive(new ReceiveInput(setup.id(), setup.resident(0),
                setup.person(setup.resident(1)), InputChannel.PAPER, null, "Idee", null)),
                "recordedOnBehalfBy", "input.recorder-not-a-professional");
        assertRefused(() -> inputService.receive(new ReceiveInput(setup.id(), ParticipantId.random(), null,
                InputChannel.PHONE, null, "Idee", null)), "residentId", "participant.unknown");
        assertRefused(() -> inputService.receive(new ReceiveInput(setup.id(), setup.resident(0), null,
                InputChannel.PORTAL, null, "x".repeat(4001), null)), "text", "too-long");
        assertRefused(() -> inputService.receive(new ReceiveInput(setup.id(), setup.resident(0), null,
                InputChannel.PORTAL, null, " ", null)), "text", "required");
        assertRefused(() -> inputService.receive(new ReceiveInput(setup.id(), setup.resident(0), null,
                null, null, "Idee", null)), "channel", "required");
        assertRefused(() -> inputService.receive(new ReceiveInput(setup.id(), setup.resident(0), null,
                InputChannel.E_MAIL, null, "Idee", clock.instant().plusSeconds(60))), "receivedAt", "input.received-in-future");

        assertThat(jdbc.queryForObject("select count(*) from resident_input where trajectory_id = ?", Integer.class,
                setup.id().value())).isZero();
    }

    @Test
    void anAnswerComesWithFeedbackAndRecordsWhoGaveItAndWhen() {
        ResidentInput input = inputService.receive(fromResident(0, "Kan de buurtkamer ook 's avonds open?"));
        inputService.startConsidering(input.id(), coordinator);

        assertRefused(() -> inputService.respond(input.id(), InputStatus.ADOPTED, "  ", coordinator), "feedback", "required");
        assertRefused(() -> inputService.respond(input.id(), InputStatus.RECEIVED, "Dank je", coordinator),
                "status", "input.not-an-answer");
        assertThat(jdbc.queryForObject("select status from resident_input where id = ?", String.class, input.id().value()))
                .isEqualTo("UNDER_CONSIDERATION");
        clock.advance(Duration.ofDays(3));
        inputService.respond(input.id(), InputStatus.PARTLY_ADOPTED,
                "De buurtkamer gaat op dinsdagavond open; voor meer avonden zoeken we vrijwilligers.", coordinator);

        ResidentInput answered = inputService.get(input.id());
        assertThat(answered.status()).isEqualTo(InputStatus.PARTLY_ADOPTED);
        assertThat(answered.isAnswered()).isTrue();
        assertThat(answered.feedback()).startsWith("De buurtkamer gaat op dinsdagavond open");
        assertThat(answered.feedbackBy()).isEqualTo(coordinator);
        assertThat(answered.feedbackAt()).isEqualTo(clock.instant());
        assertThat(inputService.history(input.id())).extracting(InputStatusChange::status)
                .containsExactly(InputStatus.RECEIVED, InputStatus.UNDER_CONSIDERATION, InputStatus.PARTLY_ADOPTED);
        assertThat(inputService.history(input.id()).get(2).changedAt()).isEqualTo(clock.instant());
        assertThat(jdbc.queryForObject("select count(*) from input_status_change where resident_input_id = ?",
                Integer.class, input.id().value())).isEqualTo(3);
    }

    @Test
    void inputIsConsideredBeforeItIsAnsweredAndAnsweredOnce() {
        ResidentInput input = inputService.receive(fromResident(1, "Een jeu-de-boulesbaan bij het wijkcentrum"));

        assertRefused(() -> inputService.respond(input.id(), InputStatus.NOT_ADOPTED, "Geen ruimte", coordinator),
                "input", "input.not-under-consideration");
        inputService.startConsidering(input.id(), coordinator);
        assertRefused(() -> inputService.startConsidering(input.id(), coordinator), "input", "input.not-received");
        inputService.respond(input.id(), InputStatus.NOT_ADOPTED, "Er is geen ruimte bij het wijkcentrum.",
                AnswerDelivery.PHONE, coordinator);
        assertRefused(() -> inputService.respond(input.id(), InputStatus.ADOPTED, "Toch wel", coordinator),
                "input", "input.not-under-consideration");

        assertThat(inputService.history(input.id())).hasSize(3);
    }

    @Test
    void onlySomeoneOfTheTrajectoryConsidersAndAnswersInput() {
        ResidentInput input = inputService.receive(fromResident(0, "Meer groen op het plein"));

        assertRefused(() -> inputService.startConsidering(input.id(), PersonId.random()), "by", "participant.unknown");
        inputService.startConsidering(input.id(), coordinator);
        assertRefused(() -> inputService.respond(input.id(), InputStatus.ADOPTED, "Komt er", null), "responder", "required");

        assertThat(inputService.get(input.id()).status()).isEqualTo(InputStatus.UNDER_CONSIDERATION);
    }

    @Test
    void lateInputIsOverdueUntilItIsEscalated() {
        ResidentInput input = inputService.receive(fromResident(0, "De stoep bij de school is onveilig"));
        assertThat(inputService.overdue()).extracting(ResidentInput::id).doesNotContain(input.id());

        clock.advance(Duration.ofDays(15));

        assertThat(inputService.get(input.id()).isLate(clock.instant())).isTrue();
        assertThat(inputService.overdue()).extracting(ResidentInput::id).contains(input.id());
        Instant escalatedAt = inputService.markEscalated(input.id()).escalatedAt();
        assertThat(escalatedAt).isEqualTo(clock.instant());
        clock.advance(Duration.ofDays(1));
        inputService.markEscalated(input.id());
        assertThat(inputService.get(input.id()).escalatedAt()).isEqualTo(escalatedAt);
        assertThat(inputService.overdue()).extracting(ResidentInput::id).doesNotContain(input.id());
    }

    @Test
    void answeredInputIsNotEscalated() {
        ResidentInput input = inputService.receive(fromResident(0, "Meer groen op het plein"));
        inputService.startConsidering(input.id(), coordinator);
        inputService.respond(input.id(), InputStatus.ADOPTED, "Het plein wordt groener.", coordinator);

        assertRefused(() -> inputService.markEscalated(input.id()), "input", "input.already-answered");

        assertThat(inputService.get(input.id()).escalatedAt()).isNull();
    }

    @Test
    void inputIsStillAnsweredAfterTheTrajectoryClosedButNoNewInputIsReceived() {
        ResidentInput input = inputService.receive(fromResident(0, "Meer groen op het plein"));
        inputService.startConsidering(input.id(), coordinator);
        fixture.close(setup.id());

        inputService.respond(input.id(), InputStatus.NOT_ADOPTED, "Het traject is afgerond; het idee gaat naar de wijkraad.",
                coordinator);

        assertThat(inputService.get(input.id()).status()).isEqualTo(InputStatus.NOT_ADOPTED);
        assertRefused(() -> inputService.receive(fromResident(1, "Nog een idee")), "trajectory", "trajectory.closed");
        assertThat(inputService.ofTrajectory(setup.id())).hasSize(1);
    }

    @Test
    void anAnswerToAResidentWithoutAnAccountSaysHowItReachedThem() {
        ResidentInput input = inputService.receive(fromResident(1, "Een bankje bij de bushalte"));
        inputService.startConsidering(input.id(), coordinator);

        assertRefused(() -> inputService.respond(input.id(), InputStatus.ADOPTED, "Het bankje komt er.", coordinator),
                "passedOn", "input.passed-on-required");
        assertRefused(() -> inputService.respond(input.id(), InputStatus.ADOPTED, "Het bankje komt er.",
                AnswerDelivery.PORTAL, coordinator), "passedOn", "input.no-portal-account");
        assertThat(inputService.get(input.id()).isAnswered()).isFalse();

        inputService.respond(input.id(), InputStatus.ADOPTED, "Het bankje komt er.", AnswerDelivery.AT_THE_DOOR, coordinator);

        assertThat(inputService.get(input.id()).answerPassedOn()).isEqualTo(AnswerDelivery.AT_THE_DOOR);
        assertThat(jdbc.queryForObject("select answer_passed_on from resident_input where id = ?", String.class,
                input.id().value())).isEqualTo("AT_THE_DOOR");
    }

    @Test
    void anAnswerToAResidentWithAnAccountIsReadInThePortalUnlessPassedOnOtherwise() {
        ResidentInput viaPortal = inputService.receive(fromResident(0, "Meer groen op het plein"));
        ResidentInput byPhone = inputService.receive(fromResident(0, "Een watertappunt"));
        inputService.startConsidering(viaPortal.id(), coordinator);
        inputService.startConsidering(byPhone.id(), coordinator);

        inputService.respond(viaPortal.id(), InputStatus.ADOPTED, "Het plein wordt groener.", coordinator);
        inputService.respond(byPhone.id(), InputStatus.NOT_ADOPTED, "Geen aansluiting in de buurt.", AnswerDelivery.PHONE,
                coordinator);

        assertThat(inputService.get(viaPortal.id()).answerPassedOn()).isEqualTo(AnswerDelivery.PORTAL);
        assertThat(inputService.get(byPhone.id()).answerPassedOn()).isEqualTo(AnswerDelivery.PHONE);
    }

    @Test
    void anInterimAnswerSaysWhenTheAnswerComesAndKeepsTheInputOpen() {
        ResidentInput input = inputService.receive(fromResident(0, "Kan de buurtkamer ook 's avonds open?"));
        LocalDate today = LocalDate.now(clock);

        assertRefused(() -> inputService.giveInterimAnswer(input.id(), "We zoeken het uit.", today, coordinator),
                "expectedOn", "input.expected-not-after-today");
        assertRefused(() -> inputService.giveInterimAnswer(input.id(), "We zoeken het uit.",
                today.plus(ResidentInput.LONGEST_WAIT).plusDays(1), coordinator), "expectedOn", "input.expected-too-late");
        assertRefused(() -> inputService.giveInterimAnswer(input.id(), " ", today.plusDays(20), coordinator),
                "interimAnswer", "required");
        assertRefused(() -> inputService.giveInterimAnswer(input.id(), "We zoeken het uit.", today.plusDays(20),
                PersonId.random()), "by", "participant.unknown");
        assertThat(inputService.get(input.id()).status()).isEqualTo(InputStatus.RECEIVED);

        inputService.giveInterimAnswer(input.id(), "We vragen de beheerder of er een avondsleutel kan komen.",
                today.plusDays(20), coordinator);
        inputService.giveInterimAnswer(input.id(), "De beheerder is op vakantie; we weten het eind volgende maand.",
                today.plusDays(40), coordinator);

        ResidentInput interim = inputService.get(input.id());
        assertThat(interim.status()).isEqualTo(InputStatus.UNDER_CONSIDERATION);
        assertThat(interim.isAnswered()).isFalse();
        assertThat(interim.interimAnswer()).startsWith("De beheerder is op vakantie");
        assertThat(interim.expectedAnswerOn()).isEqualTo(today.plusDays(40));
        assertThat(interim.interimBy()).isEqualTo(coordinator);
        assertThat(inputService.history(input.id())).extracting(InputStatusChange::status)
                .containsExactly(InputStatus.RECEIVED, InputStatus.UNDER_CONSIDERATION);

        inputService.respond(input.id(), InputStatus.ADOPTED, "Er komt een avondsleutel.", coordinator);
        assertRefused(() -> inputService.giveInterimAnswer(input.id(), "Nog even.", today.plusDays(50), coordinator),
                "input", "input.already-answered");
    }

    private ReceiveInput fromResident(int resident, String text) {
        return new ReceiveInput(setup.id(), setup.resident(resident), null, InputChannel.PORTAL, "Buurtkamer", text, null);
    }
}
