package nl.participationsuite.domain.seats;

import static nl.participationsuite.testsupport.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.testsupport.FeatureIntegrationTest;
import nl.participationsuite.testsupport.MovableClock;
import nl.participationsuite.testsupport.TrajectoryFixture;

@FeatureIntegrationTest
class DecisionRoundIntegrationTests {

    @Autowired
    DecisionRoundService decisionRoundService;

    @Autowired
    SteeringGroupService steeringGroupService;

    @Autowired
    TrajectoryFixture fixture;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TrajectoryFixture.Setup setup;

    @BeforeEach
    void composeSteeringGroup() {
        setup = fixture.trajectoryWith(3, 2);
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate until = LocalDate.of(2027, 12, 31);
        steeringGroupService.compose(setup.id(), List.of(
                new SeatAssignment(setup.resident(0), from, until, Set.of(Background.SENIOR)),
                new SeatAssignment(setup.resident(1), from, until, Set.of(Background.YOUTH)),
                new SeatAssignment(setup.professional(0), from, until, null),
                new SeatAssignment(setup.professional(1), from, until, null)), null);
    }

    @Test
    void seatHoldersVoteOnceAndTheRoundClosesWhenEveryoneVoted() {
        DecisionRound round = openRound(Duration.ofDays(7));

        decisionRoundService.vote(round.id(), setup.resident(0), VoteChoice.FOR, "Eindelijk een beweegtuin");
        decisionRoundService.vote(round.id(), setup.resident(1), VoteChoice.FOR, null);
        decisionRoundService.vote(round.id(), setup.professional(0), VoteChoice.AGAINST, "Budget is krap");
        assertThat(decisionRoundService.closable(round.id())).isFalse();
        decisionRoundService.vote(round.id(), setup.professional(1), VoteChoice.ABSTAIN, null);
        assertThat(decisionRoundService.closable(round.id())).isTrue();

        DecisionRound closed = decisionRoundService.close(round.id());

        assertThat(closed.outcome()).isEqualTo(RoundOutcome.ADOPTED);
        assertThat(closed.closedAt()).isBefore(closed.deadline());
        DecisionRound stored = decisionRoundService.get(round.id());
        assertThat(stored.count(VoteChoice.FOR)).isEqualTo(2);
        assertThat(stored.count(VoteChoice.ABSENT)).isZero();
        assertThat(stored.voteOf(setup.professional(0)).orElseThrow().comment()).isEqualTo("Budget is krap");
        assertThat(votesIn(round)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select outcome from decision_round where id = ?", String.class,
                round.id().value())).isEqualTo("ADOPTED");
    }

    @Test
    void aSeatHolderVotesOnceAndOnlySeatHoldersVote() {
        DecisionRound round = openRound(Duration.ofDays(7));
        decisionRoundService.vote(round.id(), setup.resident(0), VoteChoice.FOR, null);

        assertRefused(() -> decisionRoundService.vote(round.id(), setup.resident(0), VoteChoice.AGAINST, null),
                "participantId", "rounds.already-voted");
        assertRefused(() -> decisionRoundService.vote(round.id(), setup.resident(2), VoteChoice.FOR, null),
                "participantId", "rounds.not-a-seat-holder");
        assertRefused(() -> decisionRoundService.vote(round.id(), setup.resident(1), VoteChoice.ABSENT, null),
                "choice", "rounds.absent-is-not-a-vote");
        assertRefused(() -> decisionRoundService.vote(round.id(), setup.resident(1), VoteChoice.FOR, "x".repeat(1001)),
                "comment", "too-long");

        assertThat(votesIn(round)).isOne();
    }

    @Test
    void votesAfterTheDeadlineAreRefusedAndClosingRecordsTheAbsent() {
        DecisionRound round = openRound(Duration.ofDays(2));
        decisionRoundService.vote(round.id(), setup.resident(0), VoteChoice.FOR, null);
        assertRefused(() -> decisionRoundService.close(round.id()), "deadline", "rounds.still-open");

        clock.advance(Duration.ofDays(3));

        assertRefused(() -> decisionRoundService.vote(round.id(), setup.resident(1), VoteChoice.AGAINST, null),
                "deadline", "rounds.deadline-passed");
        assertThat(decisionRoundService.due()).extracting(DecisionRound::id).contains(round.id());
        DecisionRound closed = decisionRoundService.close(round.id());
        assertThat(closed.outcome()).as("one vote of four seat holders is no quorum").isEqualTo(RoundOutcome.NO_QUORUM);
        assertThat(closed.count(VoteChoice.ABSENT)).isEqualTo(3);
        assertThat(closed.voteOf(setup.resident(1)).orElseThrow().choice()).isEqualTo(VoteChoice.ABSENT);
        assertThat(jdbc.queryForObject("select count(*) from round_vote where decision_round_id = ? and choice = 'ABSENT'",
                Integer.class, round.id().value())).isEqualTo(3);
        assertThat(decisionRoundService.due()).extracting(DecisionRound::id).doesNotContain(round.id());
    }

    @Test
    void aRoundNobodyVotedInDecidesNothing() {
        DecisionRound round = openRound(Duration.ofHours(1));
        clock.advance(Duration.ofHours(1));

        DecisionRound closed = decisionRoundService.close(round.id());

        assertThat(closed.outcome()).isEqualTo(RoundOutcome.NO_QUORUM);
        assertThat(closed.count(VoteChoice.ABSENT)).isEqualTo(4);
    }

    @Test
    void aTieRejectsTheProposal() {
        DecisionRound round = openRound(Duration.ofDays(1));
        decisionRoundService.vote(round.id(), setup.resident(0), VoteChoice.FOR, null);
        decisionRoundService.vote(round.id(), setup.professional(0), VoteChoice.AGAINST, null);
        decisionRoundService.vote(round.id(), setup.resident(1), VoteChoice.ABSTAIN, null);
        clock.advance(Duration.ofDays(2));

        assertThat(decisionRoundService.close(round.id()).outcome()).isEqualTo(RoundOutcome.REJECTED);
    }

    @Test
    void aRoundDecidesOnlyWithAMajorityOfTheSeatHoldersAndTwoResidentsAmongThem() {
        DecisionRound round = openRound(Duration.ofDays(1));
        assertThat(round.quorum()).as("a majority of four seat holders").isEqualTo(3);
        assertThat(round.residentVotesNeeded()).isEqualTo(2);
        decisionRoundService.vote(round.id(), setup.resident(0), VoteChoice.FOR, null);
        decisionRoundService.vote(round.id(), setup.professional(0), VoteChoice.FOR, null);
        decisionRoundService.vote(round.id(), setup.professional(1), VoteChoice.FOR, null);
        clock.advance(Duration.ofDays(2));

        assertThat(decisionRoundService.close(round.id()).outcome())
                .as("three votes, but one resident: the professionals do not decide alone").isEqualTo(RoundOutcome.NO_QUORUM);
    }

    @Test
    void theCoordinatorMaySetALowerOrHigherQuorumButNeverOneVote() {
        Instant deadline = clock.instant().plus(Duration.ofDays(1));
        assertRefused(() -> decisionRoundService.open(setup.id(), new OpenRound("Beweegtuin", "Aanleg in het park",
                deadline, 1, List.of())), "quorum", "rounds.quorum-out-of-range");
        assertRefused(() -> decisionRoundService.open(setup.id(), new OpenRound("Beweegtuin", "Aanleg in het park",
                deadline, 5, List.of())), "quorum", "rounds.quorum-out-of-range");
        DecisionRound round = decisionRoundService.open(setup.id(), new OpenRound("Beweegtuin", "Aanleg in het park",
                deadline, 2, List.of()));
        decisionRoundService.vote(round.id(), setup.resident(0), VoteChoice.FOR, null);
        decisionRoundService.vote(round.id(), setup.resident(1), VoteChoice.FOR, null);
        clock.advance(Duration.ofDays(2));

        assertThat(decisionRoundService.close(round.id()).outcome()).isEqualTo(RoundOutcome.ADOPTED);
        assertThat(jdbc.queryForObject("select quorum from decision_round where id = ?", Integer.class,
                round.id().value())).isEqualTo(2);
    }

    @Test
    void aProposalKeepsItsBackgroundDocumentsInOrderAndRefusesWhatIsNoWebAddress() {
        Instant deadline = clock.instant().plus(Duration.ofDays(7));
        assertRefused(() -> decisionRoundService.open(setup.id(), new OpenRound("Beweegtuin", "Aanleg in het park", deadline,
                null, List.of(new BackgroundDocument("Raadsbesluit", "https://dalfsen.nl/besluit.pdf"),
                        new BackgroundDocument("Tekening", "javascript:alert(1)")))), "documents[1].url",
                "rounds.document-not-a-web-address");
        assertRefused(() -> decisionRoundService.open(setup.id(), new OpenRound("Beweegtuin", "Aanleg in het park", deadline,
                null, List.of(new BackgroundDocument(" ", "https://dalfsen.nl/besluit.pdf")))), "documents[0].title", "required");
        assertRefused(() -> decisionRoundService.open(setup.id(), new OpenRound("Beweegtuin", "Aanleg in het park", deadline,
                null, java.util.Collections.nCopies(6, new BackgroundDocument("Stuk", "https://dalfsen.nl/stuk.pdf")))),
                "documents", "rounds.too-many-documents");
        assertThat(decisionRoundService.rounds(setup.id())).isEmpty();

        DecisionRound round = decisionRoundService.open(setup.id(), new OpenRound("Beweegtuin", "Aanleg in het park",
                deadline, null, List.of(new BackgroundDocument("Raadsbesluit", "https://dalfsen.nl/besluit.pdf"),
                        new BackgroundDocument("Tekening van de tuin", "http://example.org/tekening"))));

        assertThat(decisionRoundService.get(round.id()).documents()).extracting(BackgroundDocument::title)
                .containsExactly("Raadsbesluit", "Tekening van de tuin");
        assertThat(jdbc.queryForObject("select count(*) from decision_round_document where decision_round_id = ?",
                Integer.class, round.id().value())).isEqualTo(2);
    }

    @Test
    void whatWasDoneWithADecisionIsRecordedAfterTheRoundClosedBySomeoneOfTheTrajectory() {
        DecisionRound round = openRound(Duration.ofDays(1));
        assertRefused(() -> decisionRoundService.recordFollowUp(round.id(), "Besteld.", setup.coordinator()),
                "followUp", "rounds.not-decided-yet");
        for (var holder : steeringGroupService.get(setup.id()).holders()) {
            decisionRoundService.vote(round.id(), holder, VoteChoice.FOR, null);
        }
        decisionRoundService.close(round.id());

        assertRefused(() -> decisionRoundService.recordFollowUp(round.id(), "Besteld.",
                nl.participationsuite.domain.trajectory.PersonId.random()), "by", "rounds.not-working-together");
        assertRefused(() -> decisionRoundService.recordFollowUp(round.id(), " ", setup.coordinator()),
                "followUp", "required");
        decisionRoundService.recordFollowUp(round.id(), "De gemeente heeft de beweegtuin besteld; aanleg in april.",
                setup.coordinator());

        DecisionRound followedUp = decisionRoundService.get(round.id());
        assertThat(followedUp.followUp()).startsWith("De gemeente heeft de beweegtuin besteld");
        assertThat(followedUp.followUpBy()).isEqualTo(setup.coordinator());
        assertThat(followedUp.followUpAt()).isEqualTo(clock.instant());
        assertThat(decisionRoundService.latestDecided(List.of(setup.id()), 1).get(setup.id()))
                .singleElement().satisfies(decided -> assertThat(decided.followUp()).startsWith("De gemeente heeft"));
    }

    @Test
    void aClosedRoundIsFinal() {
        DecisionRound round = openRound(Duration.ofDays(1));
        for (var holder : steeringGroupService.get(setup.id()).holders()) {
            decisionRoundService.vote(round.id(), holder, VoteChoice.AGAINST, null);
        }
        decisionRoundService.close(round.id());

        assertRefused(() -> decisionRoundService.close(round.id()), "round", "rounds.closed");
        assertRefused(() -> decisionRoundService.vote(round.id(), setup.resident(0), VoteChoice.FOR, null),
                "round", "rounds.closed");
        assertThat(decisionRoundService.get(round.id()).outcome()).isEqualTo(RoundOutcome.REJECTED);
    }

    @Test
    void aHolderWhoSteppedBackNoLongerVotes() {
        DecisionRound round = openRound(Duration.ofDays(1));
        steeringGroupService.vacateSeatsOf(setup.id(), setup.resident(1));

        assertRefused(() -> decisionRoundService.vote(round.id(), setup.resident(1), VoteChoice.FOR, null),
                "participantId", "rounds.not-a-seat-holder");
    }

    @Test
    void refusesADeadlineThatHasPassedOrARoundWithoutSteeringGroupAndStoresNothing() {
        assertRefused(() -> decisionRoundService.open(setup.id(), new OpenRound("Beweegtuin", "Aanleg in het park",
                clock.instant().minus(Duration.ofHours(1)))), "deadline", "rounds.deadline-not-in-future");
        assertRefused(() -> decisionRoundService.open(setup.id(), new OpenRound("Beweegtuin", "Aanleg in het park",
                clock.instant())), "deadline", "rounds.deadline-not-in-future");
        assertRefused(() -> decisionRoundService.open(setup.id(), new OpenRound(" ", "Aanleg in het park",
                clock.instant().plus(Duration.ofDays(1)))), "title", "required");
        TrajectoryFixture.Setup withoutGroup = fixture.trajectoryWith(2, 1);
        assertRefused(() -> decisionRoundService.open(withoutGroup.id(), new OpenRound("Beweegtuin", "Aanleg in het park",
                clock.instant().plus(Duration.ofDays(1)))), "steeringGroup", "rounds.no-seat-holders");

        assertThat(decisionRoundService.rounds(setup.id())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from decision_round where trajectory_id in (?, ?)", Integer.class,
                setup.id().value(), withoutGroup.id().value())).isZero();
    }

    @Test
    void aClosedTrajectoryTakesNoVotesButItsOpenRoundsStillClose() {
        DecisionRound round = openRound(Duration.ofDays(1));
        decisionRoundService.vote(round.id(), setup.resident(0), VoteChoice.FOR, null);
        fixture.close(setup.id());

        assertRefused(() -> decisionRoundService.vote(round.id(), setup.resident(1), VoteChoice.FOR, null),
                "trajectory", "trajectory.closed");
        assertRefused(() -> openRound(Duration.ofDays(1)), "trajectory", "trajectory.closed");
        clock.advance(Duration.ofDays(1));
        assertThat(decisionRoundService.close(round.id()).outcome()).isEqualTo(RoundOutcome.NO_QUORUM);

        assertThat(decisionRoundService.rounds(setup.id())).hasSize(1);
    }

    @Test
    void theLatestDecidedRoundsOfSeveralTrajectoriesComeWithTheirCountsInOneReadAndThePageListsNewestFirst() {
        DecisionRound first = openRound(Duration.ofDays(1));
        decisionRoundService.vote(first.id(), setup.resident(0), VoteChoice.FOR, null);
        decisionRoundService.vote(first.id(), setup.resident(1), VoteChoice.FOR, null);
        decisionRoundService.vote(first.id(), setup.professional(0), VoteChoice.AGAINST, null);
        clock.advance(Duration.ofDays(2));
        decisionRoundService.close(first.id());
        DecisionRound second = openRound(Duration.ofHours(1));
        decisionRoundService.vote(second.id(), setup.resident(0), VoteChoice.ABSTAIN, null);
        clock.advance(Duration.ofHours(2));
        decisionRoundService.close(second.id());
        DecisionRound third = openRound(Duration.ofDays(1));
        decisionRoundService.vote(third.id(), setup.resident(0), VoteChoice.AGAINST, null);
        clock.advance(Duration.ofDays(2));
        decisionRoundService.close(third.id());
        DecisionRound open = openRound(Duration.ofDays(7));
        TrajectoryFixture.Setup quiet = fixture.trajectoryWith(2, 1);

        Map<TrajectoryId, List<DecidedRound>> decided = decisionRoundService.latestDecided(
                List.of(setup.id(), quiet.id()), 2);

        assertThat(decided).containsOnlyKeys(setup.id());
        assertThat(decided.get(setup.id())).containsExactly(
                new DecidedRound(setup.id(), third.title(), RoundOutcome.NO_QUORUM,
                        decisionRoundService.get(third.id()).closedAt(), 0, 1, 0, 3),
                new DecidedRound(setup.id(), second.title(), RoundOutcome.NO_QUORUM,
                        decisionRoundService.get(second.id()).closedAt(), 0, 0, 1, 3));
        assertThat(decisionRoundService.latestDecided(List.of(setup.id()), 3).get(setup.id()).get(2))
                .isEqualTo(new DecidedRound(setup.id(), first.title(), RoundOutcome.ADOPTED,
                        decisionRoundService.get(first.id()).closedAt(), 2, 1, 0, 1));
        assertThat(decisionRoundService.latestDecided(List.of(), 3)).isEmpty();
        Page<DecisionRound> page = decisionRoundService.page(setup.id(), PageRequest.of(0, 3));
        assertThat(page.getTotalElements()).isEqualTo(4);
        assertThat(page.getContent()).extracting(DecisionRound::id).containsExactly(open.id(), third.id(), second.id());
    }

    private DecisionRound openRound(Duration untilDeadline) {
        return decisionRoundService.open(setup.id(), new OpenRound("Beweegtuin in het park",
                "We vragen de gemeente om een beweegtuin in het Noorderpark", clock.instant().plus(untilDeadline)));
    }

    private int votesIn(DecisionRound round) {
        return jdbc.queryForObject("select count(*) from round_vote where decision_round_id = ?", Integer.class,
                round.id().value());
    }
}
