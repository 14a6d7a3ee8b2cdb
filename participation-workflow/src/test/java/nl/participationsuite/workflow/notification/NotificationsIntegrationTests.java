package nl.participationsuite.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.notification.DeliveryChoice;
import nl.participationsuite.domain.notification.Notification;
import nl.participationsuite.domain.notification.NotificationKind;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.notification.NotificationService.Deliveries;
import nl.participationsuite.domain.notification.TaskAudience;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.success.RegisterSuccess;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.VisibilityChannel;
import nl.participationsuite.domain.support.RequestTravelCost;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.UpdateChannel;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.VisionContent;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.Phases;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Member;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.roles.RoleProposalOutcome;
import nl.participationsuite.workflow.seats.DecisionRoundWorkflow;
import nl.participationsuite.workflow.seats.SeatCompositionOutcome;
import nl.participationsuite.workflow.seats.VoteOutcome;
import nl.participationsuite.workflow.success.SuccessVisibilityOutcome;
import nl.participationsuite.workflow.success.SuccessWorkflow;
import nl.participationsuite.workflow.trajectory.ProgressUpdateOutcome;
import nl.participationsuite.workflow.vision.VisionDraftOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notifications the process writes into the outbox, on the real PostgreSQL: each personal task
 * tells its assignee once, with the task; an answered input tells the resident who gave it; a decision
 * round opened or decided tells the residents taking part; a step that rolls back writes nothing.
 */
@WorkflowIntegrationTest
class NotificationsIntegrationTests {

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    DecisionRoundWorkflow roundWorkflow;

    @Autowired
    InputWorkflow inputWorkflow;

    @Autowired
    SteeringGroupService steeringGroups;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    NotificationService notificationService;

    @Autowired
    MeetingService meetings;

    @Autowired
    SuccessWorkflow successWorkflow;

    @Autowired
    SupportService support;

    @PersistenceContext
    EntityManager entityManager;

    @AfterEach
    void resetTheEngineClock() {
        fixture.resetEngineClock();
    }

    @Test
    void tellsEveryReviewerOnceThatTheVisionWaitsForTheirReview() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.DRAFT_VISION, Map.of());

        fixture.completeAsCoordinator(setup, Activities.DRAFT_VISION, new VisionDraftOutcome("Samen gezonder in de wijk",
                List.of(new VisionContent.Expectation(Party.RESIDENTS, null, "Meedenken over de plannen")),
                List.of(new VisionContent.Criterion("Elke inbreng krijgt antwoord", "Registratie", "100 procent"))));

        assertTaskNotices(setup, NotificationKind.VISION_REVIEW, Activities.REVIEW_VISION, setup.everyone());
    }

    @Test
    void tellsEveryParticipantOnceThatARoleAgreementWaitsForTheirAnswer() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS, Map.of());
        List<RoleProposalOutcome.Proposal> proposals = new ArrayList<>();
        for (Member member : setup.everyone()) {
            proposals.add(new RoleProposalOutcome.Proposal(member.participant(),
                    member == setup.coordinator() ? Role.COORDINATOR : Role.DECISION_MAKER, "Meedoen", 4, null));
        }

        fixture.completeAsCoordinator(setup, Activities.PROPOSE_ROLE_AGREEMENTS, new RoleProposalOutcome(proposals));

        assertTaskNotices(setup, NotificationKind.ROLE_AGREEMENT_RESPONSE, Activities.RESPOND_TO_ROLE_AGREEMENT,
                setup.everyone());
    }

    @Test
    void tellsOnlyTheResidentSeatHoldersThatTheirSeatWaitsForAcceptance() {
        Setup setup = fixture.start(3, 1);
        fixture.jumpTo(setup.id(), Activities.COMPOSE_STEERING_GROUP, Map.of());

        fixture.completeAsCoordinator(setup, Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                seat(setup.resident(0), Background.LOW_INCOME), seat(setup.resident(1), Background.YOUTH),
                seat(setup.professional(0))), null));

        assertTaskNotices(setup, NotificationKind.SEAT_ACCEPTANCE, Activities.ACCEPT_SEAT,
                List.of(setup.resident(0), setup.resident(1)));
    }

    @Test
    void tellsSeatHoldersOfTheirVoteTheOtherResidentsOfTheRoundAndEveryResidentOfTheDecision() {
        Setup setup = workingTogetherWithSteeringGroup();

        DecisionRound round = roundWorkflow.open(setup.id(), new OpenRound("Bankjes in het park",
                "We plaatsen tien nieuwe bankjes langs de wandelroute.", clock.instant().plus(Duration.ofDays(7))));

        List<Member> holders = List.of(setup.resident(0), setup.resident(1), setup.professional(0));
        assertTaskNotices(setup, NotificationKind.VOTE, Activities.CAST_VOTE, holders);
        assertThat(notices(setup, NotificationKind.VOTE)).extracting(Notice::subject).containsOnly(round.id().value());
        assertThat(notices(setup, NotificationKind.DECISION_ROUND_OPENED))
                .as("the resident without a seat hears of the round; holders hear of it through their vote")
                .containsExactly(new Notice(setup.resident(2).person(), round.id().value(), null));
        assertThat(notices(setup, NotificationKind.DECISION_ROUND_DECIDED)).isEmpty();

        for (Member holder : holders) {
            fixture.complete(setup, holder, Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, null));
        }

        assertThat(notices(setup, NotificationKind.DECISION_ROUND_DECIDED)).containsExactlyInAnyOrder(
                new Notice(setup.resident(0).person(), round.id().value(), null),
                new Notice(setup.resident(1).person(), round.id().value(), null),
                new Notice(setup.resident(2).person(), round.id().value(), null));
    }

    @Test
    void tellsEveryoneTakingPartThatTheConditionsCheckWaitsForTheirScores() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.LIST_PARTICIPANTS_FOR_CHECK, Map.of());

        assertTaskNotices(setup, NotificationKind.CONDITIONS_CHECK, Activities.CONDITIONS_CHECK_TASK, setup.everyone());
    }

    @Test
    void tellsTheResidentWhoGaveTheInputThatItWasAnsweredAndNoOneElse() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        ResidentInput input = inputWorkflow.receive(new ReceiveInput(setup.id(), setup.resident(1).participant(), null,
                InputChannel.PORTAL, "Bankjes", "Er zijn te weinig bankjes in het park.", null));
        assertThat(notices(setup, NotificationKind.INPUT_ANSWERED)).isEmpty();

        inputWorkflow.respond(setup.id(), input.id(), setup.professional(0).person(),
                new InputResponseOutcome(InputStatus.ADOPTED, "Er komen vijf bankjes bij."));

        assertThat(notices(setup, NotificationKind.INPUT_ANSWERED))
                .containsExactly(new Notice(setup.resident(1).person(), input.id().value(), null));
    }

    @Test
    void writesNothingWhenTheStepThatCausesTheNotificationsRollsBack() {
        Setup setup = workingTogetherWithSteeringGroup();
        int before = all(setup);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            roundWorkflow.open(setup.id(), new OpenRound("Bankjes in het park", "Tien nieuwe bankjes.",
                    clock.instant().plus(Duration.ofDays(7))));
            entityManager.flush();
            assertThat(all(setup)).as("written inside the step's transaction").isGreaterThan(before);
            status.setRollbackOnly();
        });

        assertThat(all(setup)).isEqualTo(before);
        assertThat(fixture.tasks(setup.resident(0), setup.id(), Activities.CAST_VOTE)).isEmpty();
    }

    @Test
    void writesNothingWhenTheStepIsRefused() {
        Setup setup = fixture.start(2, 1);
        steeringGroups.compose(setup.id(), List.of(seat(setup.resident(0), Background.LOW_INCOME),
                seat(setup.resident(1), Background.YOUTH)), null);
        int before = all(setup);

        assertThatThrownBy(() -> roundWorkflow.open(setup.id(), new OpenRound("Te vroeg", "Een voorstel.",
                clock.instant().plus(Duration.ofDays(7))))).isInstanceOf(RuleViolationException.class);

        assertThat(all(setup)).isEqualTo(before);
    }

    @Test
    void bundlesGroupTasksThatArriveTogetherIntoOneNoticePerProfessional() {
        Setup setup = fixture.start(3, 2);
        List<Member> professionals = List.of(setup.coordinator(), setup.professional(0), setup.professional(1));
        professionals.forEach(this::wantsEverythingAtOnce);

        fixture.jumpTo(setup.id(), Phases.MOTIVATION, Map.of());

        List<Bundle> bundles = bundles(setup);
        assertThat(bundles).extracting(Bundle::recipient)
                .as("one bundle per professional, not one per task; none to residents")
                .containsExactlyInAnyOrderElementsOf(professionals.stream().map(Member::person).toList());
        for (Member professional : professionals) {
            Bundle bundle = bundleOf(bundles, professional);
            assertThat(bundle.tasks()).as("every motivation conversation the professional may take")
                    .containsAll(fixture.tasks(professional, setup.id(), Activities.MOTIVATION_CONVERSATION).stream()
                            .map(task -> task.id()).toList())
                    .hasSizeGreaterThanOrEqualTo(3);
            if (professional != setup.coordinator()) {
                // the coordinator's bundle opened at the start, with the recruitment task, before they chose
                assertThat(bundle.due()).as("the first bundle goes out at once").isBeforeOrEqualTo(clock.instant());
            }
        }
    }

    @Test
    void holdsTheNextBundleUntilAnHourAfterTheLastOneWentOut() {
        Setup setup = fixture.start(3, 1);
        Bundle first = motivationBundleOfTheFirstProfessional(setup);
        // as a sender does: it claims the bundle (closing it), then mails it
        jdbc.sql("update notification set bundle_open = false where id = :id").param("id", first.id()).update();
        notificationService.sent(first.id());
        Instant sentAt = jdbc.sql("select sent_at from notification where id = :id").param("id", first.id())
                .query(Timestamp.class).single().toInstant();
        fixture.advance(Duration.ofMinutes(10));

        fixture.jumpTo(setup.id(), Phases.MOTIVATION, Map.of());

        List<Bundle> mine = bundlesOf(setup, setup.professional(0));
        assertThat(mine).hasSize(2);
        Bundle second = other(mine, first);
        assertThat(second.tasks()).hasSize(3).doesNotContainAnyElementsOf(first.tasks());
        assertThat(second.due()).as("not mailed before an hour after the last bundle")
                .isEqualTo(sentAt.plus(Notification.BUNDLE_INTERVAL));
    }

    @Test
    void aBundleTheProfessionalReadTakesNoNewTasks() {
        Setup setup = fixture.start(3, 1);
        Bundle read = motivationBundleOfTheFirstProfessional(setup);
        jdbc.sql("update notification set read_at = now() where id = :id").param("id", read.id()).update();
        fixture.jumpTo(setup.id(), Phases.MOTIVATION, Map.of());
        fixture.jumpTo(setup.id(), Phases.MOTIVATION, Map.of());

        List<Bundle> mine = bundlesOf(setup, setup.professional(0));
        assertThat(mine).hasSize(2);
        Bundle next = other(mine, read);
        assertThat(other(mine, next).tasks()).as("the read bundle keeps what it had")
                .containsExactlyInAnyOrderElementsOf(read.tasks());
        assertThat(next.tasks()).as("both later rounds of conversations join one new bundle").hasSize(6)
                .doesNotContainAnyElementsOf(read.tasks());
        assertThat(jdbc.sql("select bundle_open from notification where id = :id").param("id", read.id())
                .query(Boolean.class).single()).isFalse();
    }

    /**
     * A coordinator or professional of many trajectories gets group tasks from all of them: steps that add
     * tasks to the same person's bundle at the same moment share it without waiting for each other (the
     * second may wait at most a few seconds for a lock here; it used to wait until the first committed).
     */
    @Test
    void stepsAddingTasksToOnePersonsBundleAtTheSameMomentDoNotWaitForEachOther() throws Exception {
        Setup setup = fixture.start(3, 1);
        Bundle open = motivationBundleOfTheFirstProfessional(setup);
        String first = "first-" + UUID.randomUUID();
        String second = "second-" + UUID.randomUUID();
        TransactionTemplate step = new TransactionTemplate(transactions);
        CountDownLatch joined = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> firstStep = other.submit(() -> step.executeWithoutResult(status -> {
                notificationService.groupTaskArrived(setup.id(), Set.of(TaskAudience.PROFESSIONALS), first,
                        Activities.MOTIVATION_CONVERSATION);
                joined.countDown();
                try {
                    commit.await(60, TimeUnit.SECONDS);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(joined.await(30, TimeUnit.SECONDS)).as("the first step joined the bundle").isTrue();

            step.executeWithoutResult(status -> {
                jdbc.sql("set local lock_timeout = '5s'").update();
                notificationService.groupTaskArrived(setup.id(), Set.of(TaskAudience.PROFESSIONALS), second,
                        Activities.MOTIVATION_CONVERSATION);
            });
            commit.countDown();
            firstStep.get(30, TimeUnit.SECONDS);
        }
        finally {
            commit.countDown();
            other.shutdownNow();
        }

        List<Bundle> mine = bundlesOf(setup, setup.professional(0));
        assertThat(mine).extracting(Bundle::id).containsExactly(open.id());
        assertThat(mine.get(0).tasks()).contains(first, second).containsAll(open.tasks());
    }

    @Test
    void writesNoBundleWhenTheStepThatCreatesTheGroupTasksRollsBack() {
        Setup setup = fixture.start(3, 1);
        int before = all(setup);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            fixture.jumpTo(setup.id(), Phases.MOTIVATION, Map.of());
            status.setRollbackOnly();
        });

        assertThat(all(setup)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from notification_task where trajectory_id = :trajectory")
                .param("trajectory", setup.id().value()).query(Integer.class).single())
                .as("only the recruitment task of the start").isEqualTo(1);
    }

    @Test
    void putsGroupTasksInTheDailySummaryByDefaultAndNotInTheMailOfThoseWhoChoseNone() {
        Setup setup = fixture.start(3, 2);
        notificationService.chooseDeliveries(setup.professional(1).person(),
                new Deliveries(DeliveryChoice.IMMEDIATELY, DeliveryChoice.NEVER));

        fixture.jumpTo(setup.id(), Phases.MOTIVATION, Map.of());

        UUID byDefault = bundleOf(bundles(setup), setup.professional(0)).id();
        assertThat(jdbc.sql("select digest from notification where id = :id").param("id", byDefault).query(Boolean.class)
                .single()).isTrue();
        assertThat(bundleOf(bundles(setup), setup.professional(0)).due())
                .isEqualTo(DeliveryChoice.DAILY.mailedAt(clock.instant(), clock.getZone()));
        UUID none = bundleOf(bundles(setup), setup.professional(1)).id();
        assertThat(jdbc.sql("select status from notification where id = :id").param("id", none).query(String.class)
                .single()).as("listed, never mailed").isEqualTo("MUTED");
    }

    @Test
    void keepsAResidentsChoiceForNewsAndPersonalTasksApart() {
        Setup setup = workingTogetherWithSteeringGroup();
        jdbc.sql("update person set email = 'inwoner3@example.org' where id = :person")
                .param("person", setup.resident(2).person().value()).update();
        notificationService.chooseDeliveries(setup.resident(2).person(),
                new Deliveries(DeliveryChoice.IMMEDIATELY, DeliveryChoice.WEEKLY));

        roundWorkflow.open(setup.id(), new OpenRound("Bankjes in het park", "Tien nieuwe bankjes.",
                clock.instant().plus(Duration.ofDays(7))));

        assertThat(jdbc.sql("""
                select n.digest, n.next_attempt_at from notification n
                 where n.recipient_id = :person and n.kind = 'DECISION_ROUND_OPENED'""")
                .param("person", setup.resident(2).person().value())
                .query((rs, row) -> rs.getBoolean("digest") + " " + rs.getTimestamp("next_attempt_at").toInstant()).single())
                .isEqualTo("true " + DeliveryChoice.WEEKLY.mailedAt(clock.instant(), clock.getZone()));
        assertThat(jdbc.sql("""
                select count(*) from notification n
                 where n.recipient_id = :person and n.kind = 'VOTE' and not n.digest and n.status = 'LETTER'""")
                .param("person", setup.resident(0).person().value()).query(Integer.class).single())
                .as("a vote is a personal task: at once by default (by letter: this resident has no e-mail address)")
                .isEqualTo(1);
    }

    @Test
    void tellsEveryResidentOfAMeetingAProgressUpdateAndASuccessAndNoProfessional() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        List<PersonId> residents = List.of(setup.resident(0).person(), setup.resident(1).person());

        Meeting meeting = meetings.plan(setup.id(), new PlanMeeting(clock.instant().plus(Duration.ofDays(10)),
                clock.instant().plus(Duration.ofDays(10)).plus(Duration.ofHours(2)), "Wijkcentrum De Linde",
                VenueType.NEIGHBOURHOOD_CENTRE, true, "Sanne Bakker", true, "Kennismaken", null));
        Success success = successWorkflow.register(new RegisterSuccess(setup.id(), SuccessKind.QUICK_WIN,
                "Tien nieuwe bankjes", null, LocalDate.now(clock), Set.of(), Set.of()));
        fixture.complete(setup, setup.professional(0), Activities.MAKE_SUCCESS_VISIBLE,
                new SuccessVisibilityOutcome(VisibilityChannel.PORTAL));
        fixture.advance(Duration.ofDays(29));
        fixture.executeDueJobs(setup.id());
        fixture.completeAsCoordinator(setup, Activities.SEND_PROGRESS_UPDATE,
                new ProgressUpdateOutcome("De bankjes komen er in mei.", UpdateChannel.PORTAL));

        assertThat(notices(setup, NotificationKind.MEETING_PLANNED)).containsExactlyInAnyOrderElementsOf(
                residents.stream().map(resident -> new Notice(resident, meeting.id().value(), null)).toList());
        assertThat(notices(setup, NotificationKind.SUCCESS_VISIBLE)).containsExactlyInAnyOrderElementsOf(
                residents.stream().map(resident -> new Notice(resident, success.id().value(), null)).toList());
        UUID update = jdbc.sql("select id from progress_update where trajectory_id = :trajectory")
                .param("trajectory", setup.id().value()).query(UUID.class).single();
        assertThat(notices(setup, NotificationKind.PROGRESS_UPDATE)).containsExactlyInAnyOrderElementsOf(
                residents.stream().map(resident -> new Notice(resident, update, null)).toList());
    }

    @Test
    void putsWhatWouldBeMailedToAResidentWithoutAnAddressInTheLetterQueueButNotForAProfessional() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.LIST_PARTICIPANTS_FOR_CHECK, Map.of());

        assertThat(jdbc.sql("""
                select p.kind || ' ' || n.status from notification n join person p on p.id = n.recipient_id
                 where n.trajectory_id = :trajectory and n.kind = 'CONDITIONS_CHECK'""")
                .param("trajectory", setup.id().value()).query(String.class).list())
                .containsExactlyInAnyOrder("RESIDENT LETTER", "RESIDENT LETTER", "PROFESSIONAL PENDING",
                        "PROFESSIONAL PENDING");
    }

    @Test
    void tellsTheCoordinatorWhenAnInputWaitsTooLongAndWhileRecruitingIsStillOpen() {
        Setup setup = fixture.start(2, 1);
        fixture.advance(Duration.ofDays(14).plusMinutes(1));
        fixture.executeDueJobs(setup.id());
        assertThat(notices(setup, NotificationKind.RECRUITMENT_REMINDER))
                .containsExactly(new Notice(setup.coordinator().person(), null, null));

        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        inputWorkflow.receive(new ReceiveInput(setup.id(), setup.resident(0).participant(), null, InputChannel.PORTAL,
                "Bankjes", "Er zijn te weinig bankjes in het park.", null));
        String respond = fixture.task(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT).id();
        fixture.advance(Duration.ofDays(14).plusMinutes(1));
        fixture.executeDueJobs(setup.id());

        assertThat(notices(setup, NotificationKind.INPUT_ESCALATED))
                .as("the coordinator, with the task; not the resident who gave it")
                .containsExactly(new Notice(setup.coordinator().person(), null, respond));
    }

    @Test
    void tellsOnlyTheResidentWhoAskedThatTheirSupportRequestWasDecided() {
        Setup setup = fixture.start(2, 1);
        SupportRequest request = support.requestTravelCost(setup.id(), new RequestTravelCost(
                setup.resident(1).participant(), LocalDate.now(clock), "Dalfsen", "Zwolle", 1250L));
        assertThat(notices(setup, NotificationKind.SUPPORT_DECIDED)).isEmpty();

        support.approve(request.id(), setup.coordinator().person());

        assertThat(notices(setup, NotificationKind.SUPPORT_DECIDED))
                .containsExactly(new Notice(setup.resident(1).person(), request.id().value(), null));
    }

    /** The first professional wants every message at once and gets the motivation round's tasks: their bundle. */
    private Bundle motivationBundleOfTheFirstProfessional(Setup setup) {
        wantsEverythingAtOnce(setup.professional(0));
        fixture.jumpTo(setup.id(), Phases.MOTIVATION, Map.of());
        return bundleOf(bundles(setup), setup.professional(0));
    }

    private void wantsEverythingAtOnce(Member member) {
        notificationService.chooseDeliveries(member.person(),
                new Deliveries(DeliveryChoice.IMMEDIATELY, DeliveryChoice.IMMEDIATELY));
    }

    private List<Bundle> bundles(Setup setup) {
        return jdbc.sql("""
                select n.id, n.recipient_id, n.next_attempt_at, string_agg(nt.task_id, ',') as tasks
                  from notification n join notification_task nt on nt.notification_id = n.id
                 where n.kind = 'GROUP_TASKS' and n.recipient_id in (
                       select person_id from participant where trajectory_id = :trajectory)
                   and exists (select 1 from notification_task x where x.notification_id = n.id and x.trajectory_id = :trajectory)
                 group by n.id, n.recipient_id, n.next_attempt_at""")
                .param("trajectory", setup.id().value())
                .query((rs, row) -> new Bundle(rs.getObject("id", UUID.class),
                        new PersonId(rs.getObject("recipient_id", UUID.class)),
                        rs.getTimestamp("next_attempt_at") == null ? null : rs.getTimestamp("next_attempt_at").toInstant(),
                        List.of(rs.getString("tasks").split(","))))
                .list();
    }

    /** The member's bundles among those of the trajectory. */
    private List<Bundle> bundlesOf(Setup setup, Member member) {
        return bundles(setup).stream().filter(bundle -> bundle.recipient().equals(member.person())).toList();
    }

    /** The one bundle of two that is not {@code than}. */
    private static Bundle other(List<Bundle> two, Bundle than) {
        return two.stream().filter(bundle -> !bundle.id().equals(than.id())).findFirst().orElseThrow();
    }

    private static Bundle bundleOf(List<Bundle> bundles, Member member) {
        List<Bundle> theirs = bundles.stream().filter(bundle -> bundle.recipient().equals(member.person())).toList();
        assertThat(theirs).as("one bundle for %s", member).hasSize(1);
        return theirs.get(0);
    }

    /** Exactly one notice of the kind per member, naming that member's own task of that kind; none to anyone else. */
    private void assertTaskNotices(Setup setup, NotificationKind kind, String activity, List<Member> members) {
        List<Notice> notices = notices(setup, kind);
        assertThat(notices).extracting(Notice::recipient)
                .containsExactlyInAnyOrderElementsOf(members.stream().map(Member::person).toList());
        for (Member member : members) {
            String task = fixture.task(member, setup.id(), activity).id();
            assertThat(notices).filteredOn(notice -> notice.recipient().equals(member.person()))
                    .extracting(Notice::task).containsExactly(task);
        }
    }

    private List<Notice> notices(Setup setup, NotificationKind kind) {
        return jdbc.sql("""
                select recipient_id, subject_id, task_id from notification
                 where trajectory_id = :trajectory and kind = :kind and status in ('PENDING', 'LETTER') and attempts = 0""")
                .param("trajectory", setup.id().value()).param("kind", kind.name())
                .query((rs, row) -> new Notice(new PersonId(rs.getObject("recipient_id", UUID.class)),
                        rs.getObject("subject_id", UUID.class), rs.getString("task_id")))
                .list();
    }

    private int all(Setup setup) {
        return jdbc.sql("select count(*) from notification where trajectory_id = :trajectory")
                .param("trajectory", setup.id().value()).query(Integer.class).single();
    }

    private Setup workingTogetherWithSteeringGroup() {
        Setup setup = fixture.start(3, 1);
        steeringGroups.compose(setup.id(), List.of(seat(setup.resident(0), Background.LOW_INCOME),
                seat(setup.resident(1), Background.YOUTH), seat(setup.professional(0))), null);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        return setup;
    }

    private SeatAssignment seat(Member member, Background... backgrounds) {
        LocalDate today = LocalDate.now(clock);
        return new SeatAssignment(member.participant(), today, today.plusYears(2), Set.of(backgrounds));
    }

    /** A bundle of group tasks as the outbox holds it (due: null once sent). */
    record Bundle(UUID id, PersonId recipient, Instant due, List<String> tasks) {
    }

    /** One notification as the outbox holds it. */
    record Notice(PersonId recipient, UUID subject, String task) {
    }
}
