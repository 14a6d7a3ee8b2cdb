package nl.participationsuite.web.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.input.AnswerDelivery;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.notification.DeliveryChoice;
import nl.participationsuite.domain.notification.Notification;
import nl.participationsuite.domain.notification.NotificationKind;
import nl.participationsuite.domain.notification.NotificationService.Deliveries;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.notification.TaskAudience;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.support.RequestTravelCost;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.KeycloakAdmin;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Member;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Setup;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.involvement.RecruitmentOutcome;
import nl.participationsuite.workflow.seats.DecisionRoundWorkflow;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome;
import nl.participationsuite.workflow.seats.SeatCompositionOutcome;
import nl.participationsuite.workflow.seats.VoteOutcome;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;

/**
 * Notifications mailed through a real SMTP server (GreenMail) from the outbox on the real PostgreSQL:
 * every event reaches the right person once, with the link that opens it; residents without an e-mail
 * address are passed over without failing; a rolled-back action mails nothing; a message the server did
 * not take is tried again and arrives once the server is back; two senders on one database mail each
 * message once.
 */
@WebIntegrationTest
class NotificationMailIntegrationTests {

    private static final String BASE = "http://localhost:8080";

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    DecisionRoundWorkflow roundWorkflow;

    @Autowired
    InputWorkflow inputWorkflow;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    InvolvementService involvement;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    NotificationService notifications;

    @Autowired
    MeetingService meetings;

    @Autowired
    SupportService support;

    @Autowired
    InputService inputs;

    @Autowired
    NotificationViews views;

    @Autowired
    NotificationMails mails;

    @Autowired
    NotificationSettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private int port;

    @LocalServerPort
    int serverPort;

    private GreenMail greenMail;

    @BeforeEach
    void startTheMailServer() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @AfterEach
    void stopTheMailServer() {
        greenMail.stop();
    }

    @Test
    void mailsEveryEventOnceToThePersonItIsForWithTheLinkThatOpensIt() throws Exception {
        Person coordinator = people.save(Person.professional("Marieke de Vries", address("marieke"), null,
                organisations.save(new Organisation("Gemeente " + run, OrganisationKind.MUNICIPALITY)).id()));
        Person dirk = people.save(Person.resident("Dirk Mulder", address("dirk"), null, account("dirk")));
        Person eva = people.save(Person.resident("Eva Bos", address("eva"), null, account("eva")));
        Person fleur = people.save(Person.resident("Fleur Dekker", address("fleur"), null, "kc-fleur-" + run));
        for (Person resident : List.of(dirk, eva, fleur)) {
            wantsEverythingAtOnce(resident);
        }
        Setup setup = SteeringGroupTrajectory.atVisionReview(coordinator, List.of(dirk, eva, fleur), workflow,
                trajectories, people, involvement);
        NotificationSender sender = sender();

        sender.sendDue();
        assertOneMail(dirk, NotificationKind.VISION_REVIEW, "/portaal/meldingen/", "Lees de gezamenlijke visie van Samen gezond in Hoonhorst");
        assertOneMail(coordinator, NotificationKind.VISION_REVIEW, "/werkruimte/meldingen/", "Lees de gezamenlijke visie");
        assertThat(jdbc.sql("""
                select count(*) from notification n join person p on p.id = n.recipient_id
                 where n.trajectory_id = :trajectory and p.email is null and n.status in ('NO_ADDRESS', 'LETTER')
                   and n.kind <> 'GROUP_TASKS'""")
                .param("trajectory", setup.id().value()).query(Integer.class).single())
                .as("Anna, Bram, Carla and Kees have no address: listed, not mailed, nothing failed").isEqualTo(4);
        assertThat(jdbc.sql("""
                select count(*) from notification n join person p on p.id = n.recipient_id
                 where n.trajectory_id = :trajectory and p.kind = 'RESIDENT' and n.status = 'LETTER'""")
                .param("trajectory", setup.id().value()).query(Integer.class).single())
                .as("the residents among them get a letter from their contact person").isEqualTo(3);

        SteeringGroupTrajectory.toComposeSteeringGroup(setup, workflow);
        sender.sendDue();
        assertOneMail(eva, NotificationKind.ROLE_AGREEMENT_RESPONSE, "/portaal/meldingen/", "Uw rol in Samen gezond in Hoonhorst");

        Member dirkMember = member(setup, dirk);
        Member evaMember = member(setup, eva);
        Member fleurMember = member(setup, fleur);
        LocalDate from = LocalDate.now(clock);
        complete(setup, setup.coordinator(), Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                new SeatAssignment(dirkMember.participant(), from, from.plusYears(2), Set.of(Background.LOW_INCOME)),
                new SeatAssignment(evaMember.participant(), from, from.plusYears(2), Set.of(Background.YOUTH)),
                new SeatAssignment(setup.coordinator().participant(), from, from.plusYears(2), Set.of())), null));
        sender.sendDue();
        assertOneMail(dirk, NotificationKind.SEAT_ACCEPTANCE, "/portaal/meldingen/", "Een plek in de stuurgroep");
        assertNoMail(fleur, NotificationKind.SEAT_ACCEPTANCE);
        for (Member holder : List.of(dirkMember, evaMember)) {
            complete(setup, holder, Activities.ACCEPT_SEAT, new SeatAcceptanceOutcome(SeatAcceptanceOutcome.Answer.ACCEPT, null));
        }
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.WORKING_TOGETHER);

        DecisionRound round = roundWorkflow.open(setup.id(), new OpenRound("Bankjes in het park " + run,
                "Tien nieuwe bankjes langs de wandelroute.", clock.instant().plus(Duration.ofDays(7))));
        sender.sendDue();
        assertOneMail(eva, NotificationKind.VOTE, "/portaal/meldingen/", "Stem over: Bankjes in het park " + run);
        assertOneMail(coordinator, NotificationKind.VOTE, "/werkruimte/meldingen/", "Stem over: Bankjes in het park");
        assertOneMail(fleur, NotificationKind.DECISION_ROUND_OPENED, "/portaal/meldingen/", "Nieuw voorstel in Samen gezond in Hoonhorst");
        assertNoMail(dirk, NotificationKind.DECISION_ROUND_OPENED);

        for (Member holder : List.of(dirkMember, evaMember, setup.coordinator())) {
            complete(setup, holder, Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, null));
        }
        sender.sendDue();
        for (Person resident : List.of(dirk, eva, fleur)) {
            String text = assertOneMail(resident, NotificationKind.DECISION_ROUND_DECIDED, "/portaal/meldingen/",
                    "Besluit over: Bankjes in het park " + run);
            assertThat(text).contains("Uitkomst: Aangenomen").doesNotContain("Dirk", "Eva", "Marieke");
        }
        assertThat(round.id()).isNotNull();

        ResidentInput input = inputWorkflow.receive(new ReceiveInput(setup.id(), fleurMember.participant(), null,
                InputChannel.PORTAL, "Bankjes " + run, "Er zijn te weinig bankjes in het park.", null));
        inputWorkflow.respond(setup.id(), input.id(), setup.coordinator().person(),
                new InputResponseOutcome(InputStatus.ADOPTED, "Er komen vijf bankjes bij de speeltuin."));
        sender.sendDue();
        String answer = assertOneMail(fleur, NotificationKind.INPUT_ANSWERED, "/portaal/meldingen/",
                "Antwoord op uw inbreng: Bankjes " + run);
        assertThat(answer).contains("Er komen vijf bankjes bij de speeltuin.");
    }

    /**
     * The whole way a resident takes: a task arrives, the mail reaches them through the SMTP server, its
     * link (the product's public address here is the test server's) leads through Keycloak's login to
     * the task's page in the portal, and the notification is read in their list afterwards.
     */
    @Test
    void aResidentFollowsTheMailsLinkLogsInLandsOnTheTaskAndTheNotificationIsRead() throws Exception {
        KeycloakAdmin keycloak = KeycloakAdmin.logIn();
        String username = "post." + run;
        String account = keycloak.createUser(username, address("post"));
        assertThat(keycloak.setPassword(account, username)).isEqualTo(204);
        keycloak.giveRealmRole(account, "resident");
        Person hanna = people.save(Person.resident("Hanna Post", address("post"), null, account));
        Person coordinator = people.save(Person.professional("Marieke de Vries", address("marieke"), null,
                organisations.save(new Organisation("Gemeente " + run, OrganisationKind.MUNICIPALITY)).id()));
        SteeringGroupTrajectory.atVisionReview(coordinator, List.of(hanna), workflow, trajectories, people, involvement);

        sender().sendDue();
        String text = assertOneMail(hanna, NotificationKind.VISION_REVIEW, "/portaal/meldingen/",
                "Lees de gezamenlijke visie van Samen gezond in Hoonhorst");
        String link = linkIn(text).replace(BASE, "http://localhost:" + serverPort);

        try (Browser browser = Browser.open()) {
            browser.go(link);
            browser.logInAtKeycloak(username);
            assertThat(browser.driver().getCurrentUrl()).as("the task's page in the portal").contains("/portaal/taken/");
            assertThat(browser.text()).contains("Samen gezond in Hoonhorst");
            browser.assertAccessible();

            browser.go("http://localhost:" + serverPort + "/portaal/meldingen");
            assertThat(browser.driver().findElements(By.cssSelector("li.unread"))).as("nothing unread").isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("li.read"))).isNotEmpty();
            browser.assertAccessible();
        }
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = :person and read_at is not null")
                .param("person", hanna.id().value()).query(Integer.class).single()).isOne();
    }

    @Test
    void mailsGroupTasksThatArriveTogetherAsOneMailWithALinkToEachTask() throws Exception {
        Organisation organisation = organisations.save(new Organisation("Gemeente " + run, OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.professional("Marieke de Vries", address("marieke"), null, organisation.id()));
        Person colleague = people.save(Person.professional("Sanne Bakker", address("sanne"), null, organisation.id()));
        wantsEverythingAtOnce(coordinator);
        wantsEverythingAtOnce(colleague);
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen bewegen " + run, "Gezond ouder worden",
                "Hoonhorst", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, organisation.id(),
                coordinator.id(), coordinator.id(), 3, 2));
        trajectories.addParticipant(trajectory.id(), colleague.id());
        int i = 0;
        for (String name : List.of("Anna Jansen", "Bram de Boer", "Carla Visser")) {
            Person resident = people.save(Person.resident(name, address(name.substring(0, 4).toLowerCase()), null, null));
            involvement.recordRecruitment(trajectory.id(), trajectories.addParticipant(trajectory.id(), resident.id()).id(),
                    i++ == 0 ? RecruitmentChannel.DOOR_TO_DOOR : RecruitmentChannel.EVENT, null);
        }
        WorkflowTask recruitment = workflow.tasks(TaskSearch.of(coordinator.id())).stream()
                .filter(task -> task.trajectoryId().equals(trajectory.id())).findFirst().orElseThrow();

        workflow.complete(recruitment.id(), coordinator.id(), new RecruitmentOutcome());
        sender().sendDue();

        List<String> conversations = workflow.tasks(TaskSearch.of(colleague.id())).stream()
                .filter(task -> task.trajectoryId().equals(trajectory.id())).map(WorkflowTask::id).toList();
        assertThat(conversations).hasSize(3);
        assertThat(mailsTo(colleague)).as("one mail for the three tasks, not three").hasSize(1);
        String text = assertOneMail(colleague, NotificationKind.GROUP_TASKS, "/werkruimte/meldingen/",
                "3 nieuwe taken in Samen bewegen " + run);
        for (String task : conversations) {
            assertThat(text).contains("Motivatiegesprek voeren (Samen bewegen " + run + ")", BASE + "/werkruimte/taken/" + task);
            assertThat(html(mailsTo(colleague).get(0))).contains("href=\"" + BASE + "/werkruimte/taken/" + task + "\"");
        }
        assertThat(text).doesNotContain("Anna", "Bram", "Carla", "Marieke");
        assertThat(mailsTo(coordinator)).as("the coordinator's recruitment task and conversations, in one mail").hasSize(1);
    }

    @Test
    void mailsAReminderWithTheDaysLeftAndTheLinkToTheTask() throws Exception {
        Organisation organisation = organisations.save(new Organisation("Gemeente " + run, OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.professional("Marieke de Vries", null, null, organisation.id()));
        Person resident = people.save(Person.resident("Noor Smit", address("noor"), null, account("noor")));
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen wandelen " + run, "Gezond ouder worden",
                "Hoonhorst", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, organisation.id(),
                coordinator.id(), coordinator.id(), 3, 2));
        String task = "task-" + UUID.randomUUID();
        int written = new TransactionTemplate(transactions).execute(status -> notifications.remind(trajectory.id(), task,
                Activities.REVIEW_VISION, resident.id(), Set.of(), 3)
                + notifications.remind(trajectory.id(), task, Activities.REVIEW_VISION, resident.id(), Set.of(), 3));
        assertThat(written).as("once per task and moment").isEqualTo(1);

        sender().sendDue();

        String text = assertOneMail(resident, NotificationKind.TASK_REMINDER, "/portaal/meldingen/",
                "Herinnering: nog 3 dagen voor een taak in Samen wandelen " + run);
        assertThat(text).contains("Gezamenlijke visie beoordelen (Samen wandelen " + run + ")", BASE + "/portaal/taken/" + task)
                .contains(BASE + "/portaal/meldingen/voorkeuren");
    }

    @Test
    void mailsAPlannedMeetingWithItsCalendarFileAndADecidedSupportRequestToTheResident() throws Exception {
        Organisation organisation = organisations.save(new Organisation("Gemeente " + run, OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.professional("Marieke de Vries", null, null, organisation.id()));
        Person resident = people.save(Person.resident("Olga Berg", address("olga"), null, account("olga")));
        wantsEverythingAtOnce(resident);
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen koken " + run, "Gezond ouder worden",
                "Hoonhorst", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, organisation.id(),
                coordinator.id(), coordinator.id(), 3, 2));
        ParticipantId olga = trajectories.addParticipant(trajectory.id(), resident.id()).id();
        Instant start = clock.instant().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.HOURS);

        meetings.plan(trajectory.id(), new PlanMeeting(start, start.plus(Duration.ofHours(2)), "Wijkcentrum De Linde",
                VenueType.NEIGHBOURHOOD_CENTRE, true, null, true, "Kennismaken", null));
        SupportRequest request = support.requestTravelCost(trajectory.id(),
                new RequestTravelCost(olga, LocalDate.now(clock), "Dalfsen", "Zwolle", 1250L));
        support.reject(request.id(), coordinator.id(), "Buiten de regeling");
        sender().sendDue();

        assertOneMail(resident, NotificationKind.MEETING_PLANNED, "/portaal/meldingen/",
                "Nieuwe bijeenkomst van Samen koken " + run);
        MimeMessage invitation = mailsTo(resident).stream().filter(mail -> {
            try {
                return mail.getSubject().startsWith("Nieuwe bijeenkomst");
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }).findFirst().orElseThrow();
        String calendar = content(invitation, "text/calendar");
        assertThat(calendar).as("the meeting's .ics attached").contains("BEGIN:VCALENDAR", "Wijkcentrum De Linde");
        String decided = assertOneMail(resident, NotificationKind.SUPPORT_DECIDED, "/portaal/meldingen/",
                "Uw aanvraag bij Samen koken " + run + " is bekeken");
        assertThat(decided).contains("Uitkomst: Afgewezen").doesNotContain("Marieke");
    }

    @Test
    void mailsAChangedAndACancelledMeetingWithTheCalendarUpdateAndCancellationOfTheSameEntry() throws Exception {
        Organisation organisation = organisations.save(new Organisation("Gemeente " + run, OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.professional("Marieke de Vries", address("marieke"), null, organisation.id()));
        Person resident = people.save(Person.resident("Pien Dam", address("pien"), null, account("pien")));
        Person withoutAddress = people.save(Person.resident("Rik Mol", null, null, null));
        wantsEverythingAtOnce(resident);
        wantsEverythingAtOnce(coordinator);
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen tuinieren " + run, "Gezond ouder worden",
                "Hoonhorst", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, organisation.id(),
                coordinator.id(), coordinator.id(), 3, 2));
        trajectories.addParticipant(trajectory.id(), resident.id());
        trajectories.addParticipant(trajectory.id(), withoutAddress.id());
        Instant start = clock.instant().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.HOURS);
        Meeting meeting = meetings.plan(trajectory.id(), new PlanMeeting(start, start.plus(Duration.ofHours(2)),
                "Wijkcentrum De Linde", VenueType.NEIGHBOURHOOD_CENTRE, true, null, true, "Kennismaken", null));
        NotificationSender sender = sender();
        sender.sendDue();
        String uid = "UID:" + meeting.id() + "@meetings.participation-suite";
        assertThat(calendarOf(mailAbout(resident, "Nieuwe bijeenkomst"))).contains(uid, "SEQUENCE:0", "METHOD:REQUEST",
                "STATUS:CONFIRMED", "ATTENDEE:mailto:" + resident.email());

        Instant later = start.plus(Duration.ofDays(1));
        meetings.change(meeting.id(), new PlanMeeting(later, later.plus(Duration.ofHours(2)), "Bibliotheek Hoonhorst",
                VenueType.LIBRARY, true, null, true, "Kennismaken", "Ringleiding aanwezig"));
        sender.sendDue();
        String changed = assertOneMail(resident, NotificationKind.MEETING_CHANGED, "/portaal/meldingen/",
                "De bijeenkomst van Samen tuinieren " + run + " is veranderd");
        assertThat(changed).contains("Bibliotheek Hoonhorst").doesNotContain("Marieke");
        String update = calendarOf(mailAbout(resident, "De bijeenkomst van Samen tuinieren " + run + " is veranderd"));
        assertThat(update).as("the same entry, updated").contains(uid, "SEQUENCE:1", "METHOD:REQUEST",
                "Bibliotheek Hoonhorst");

        meetings.cancel(meeting.id(), "De bibliotheek is dicht door een lekkage");
        sender.sendDue();
        String cancelled = assertOneMail(resident, NotificationKind.MEETING_CANCELLED, "/portaal/meldingen/",
                "De bijeenkomst van Samen tuinieren " + run + " gaat niet door");
        assertThat(cancelled).contains("De reden: De bibliotheek is dicht door een lekkage");
        String cancellation = calendarOf(mailAbout(resident, "De bijeenkomst van Samen tuinieren " + run + " gaat niet door"));
        assertThat(cancellation).as("the same entry, cancelled").contains(uid, "SEQUENCE:2", "METHOD:CANCEL",
                "STATUS:CANCELLED");
        assertThat(mailsTo(resident)).as("planned, changed, cancelled: a mail each").hasSize(3);
        for (NotificationKind news : List.of(NotificationKind.MEETING_PLANNED, NotificationKind.MEETING_CHANGED,
                NotificationKind.MEETING_CANCELLED)) {
            assertNoMail(coordinator, news);
        }
        assertThat(jdbc.sql("""
                select n.kind from notification n where n.recipient_id = :person and n.status = 'LETTER' order by n.created_at""")
                .param("person", withoutAddress.id().value()).query(String.class).list())
                .as("the resident without an address gets each as a letter")
                .containsExactly("MEETING_PLANNED", "MEETING_CHANGED", "MEETING_CANCELLED");
    }

    @Test
    void aSummaryCarriesTheCalendarFileOfTheMeetingsItTellsOfOnceAsTheyAreNow() throws Exception {
        Organisation organisation = organisations.save(new Organisation("Gemeente " + run, OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.professional("Marieke de Vries", null, null, organisation.id()));
        Person resident = people.save(Person.resident("Sem Wit", address("sem"), null, account("sem")));
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen fietsen " + run, "Gezond ouder worden",
                "Hoonhorst", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, organisation.id(),
                coordinator.id(), coordinator.id(), 3, 2));
        trajectories.addParticipant(trajectory.id(), resident.id());
        Instant start = clock.instant().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.HOURS);
        Meeting meeting = meetings.plan(trajectory.id(), new PlanMeeting(start, start.plus(Duration.ofHours(2)),
                "Wijkcentrum De Linde", VenueType.NEIGHBOURHOOD_CENTRE, true, null, true, null, null));
        meetings.change(meeting.id(), new PlanMeeting(start, start.plus(Duration.ofHours(3)), "Wijkcentrum De Linde",
                VenueType.NEIGHBOURHOOD_CENTRE, true, null, true, "Fietsroutes kiezen", null));
        List<UUID> due = jdbc.sql("select id from notification where recipient_id = :person and digest")
                .param("person", resident.id().value()).query(UUID.class).list();
        assertThat(due).as("news goes into the daily summary by default").hasSize(2);
        jdbc.sql("update notification set next_attempt_at = :now where id in (:ids)")
                .param("now", Timestamp.from(clock.instant())).param("ids", due).update();

        digestSender(5).sendDue();

        assertThat(mailsTo(resident)).hasSize(1);
        MimeMessage summary = mailsTo(resident).get(0);
        assertThat(summary.getSubject()).isEqualTo("Uw overzicht: 2 meldingen");
        List<String> calendars = contents(summary, "text/calendar");
        assertThat(calendars).as("one file for the one meeting, as it is now").hasSize(1);
        assertThat(calendars.get(0)).contains("UID:" + meeting.id() + "@meetings.participation-suite", "SEQUENCE:1",
                "METHOD:REQUEST", "Fietsroutes kiezen");
    }

    @Test
    void aResidentWithAnAddressButNoPortalAccountReadsTheAnswerAndHowToGetAnAccountInsteadOfALink() throws Exception {
        Organisation organisation = organisations.save(new Organisation("Gemeente " + run, OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.professional("Marieke de Vries", null, null, organisation.id()));
        Person resident = people.save(Person.resident("Tom Kers", address("tom"), null, null));
        wantsEverythingAtOnce(resident);
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen zwemmen " + run, "Gezond ouder worden",
                "Hoonhorst", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, organisation.id(),
                coordinator.id(), coordinator.id(), 3, 2));
        ParticipantId tom = trajectories.addParticipant(trajectory.id(), resident.id()).id();
        ResidentInput received = inputs.receive(new ReceiveInput(trajectory.id(), tom, null, InputChannel.E_MAIL,
                "Zwembad " + run, "Het zwembad gaat te vroeg dicht.", null));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            inputs.startConsidering(received.id(), coordinator.id());
            notifications.inputAnswered(inputs.respond(received.id(), InputStatus.PARTLY_ADOPTED,
                    "Op donderdag blijft het zwembad tot 21:00 open.", AnswerDelivery.E_MAIL, coordinator.id()));
        });

        sender().sendDue();

        assertThat(mailsTo(resident)).hasSize(1);
        MimeMessage mail = mailsTo(resident).get(0);
        assertThat(mail.getSubject()).startsWith("Antwoord op uw inbreng: Zwembad " + run);
        assertThat(text(mail)).as("the answer itself, and how to get an account")
                .contains("Op donderdag blijft het zwembad tot 21:00 open.")
                .contains("Vraag uw contactpersoon om een brief met uw inlogcode.")
                .doesNotContain(BASE + "/portaal");
        assertThat(html(mail)).contains("Op donderdag blijft het zwembad tot 21:00 open.")
                .contains("Vraag uw contactpersoon om een brief met uw inlogcode.").doesNotContain("href=");
        assertThat(jdbc.sql("select status from notification where recipient_id = :person")
                .param("person", resident.id().value()).query(String.class).single()).isEqualTo("SENT");
    }

    @Test
    void groupTasksAndEscalationsForAResidentCoordinatorWithoutAnAddressWaitAsLettersAProfessionalsStayInTheList()
            throws Exception {
        Organisation organisation = organisations.save(new Organisation("Gemeente " + run, OrganisationKind.MUNICIPALITY));
        Person contact = people.save(Person.professional("Marieke de Vries", address("marieke"), null, organisation.id()));
        Person coordinator = people.save(Person.resident("Ursula Veen", null, null, account("ursula")));
        Person colleague = people.save(Person.professional("Victor Laan", null, "kc-victor-" + run, organisation.id()));
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen dansen " + run, "Gezond ouder worden",
                "Hoonhorst", TrajectoryKind.RESIDENT_INITIATIVE, ParticipationLevel.PARTICIPATION, organisation.id(),
                coordinator.id(), contact.id(), 3, 2));
        trajectories.addParticipant(trajectory.id(), colleague.id());
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.groupTaskArrived(trajectory.id(), Set.of(TaskAudience.COORDINATOR, TaskAudience.PROFESSIONALS),
                    "task-a-" + run, Activities.MOTIVATION_CONVERSATION);
            notifications.toCoordinator(NotificationKind.RECRUITMENT_REMINDER, trajectory.id(), null);
            notifications.toCoordinator(NotificationKind.INPUT_ESCALATED, trajectory.id(), "task-b-" + run);
        });

        sender().sendDue();
        // the colleague's bundle goes into the daily summary (the default for professionals): due now
        jdbc.sql("update notification set next_attempt_at = :now where recipient_id = :person and status = 'PENDING'")
                .param("now", Timestamp.from(clock.instant())).param("person", colleague.id().value()).update();
        digestSender(5).sendDue();
        sender().sendDue();

        assertThat(jdbc.sql("""
                select n.kind || ':' || n.status from notification n where n.recipient_id = :person
                   and n.kind in ('GROUP_TASKS', 'RECRUITMENT_REMINDER', 'INPUT_ESCALATED')""")
                .param("person", coordinator.id().value()).query(String.class).list())
                .as("the resident coordinator without an address: each in the contact person's letter queue")
                .containsExactlyInAnyOrder("GROUP_TASKS:LETTER", "RECRUITMENT_REMINDER:LETTER", "INPUT_ESCALATED:LETTER");
        assertThat(jdbc.sql("""
                select distinct n.status from notification n where n.recipient_id = :person and n.kind = 'GROUP_TASKS'""")
                .param("person", colleague.id().value()).query(String.class).list())
                .as("a professional without an address: in their workspace list, not lost").containsExactly("NO_ADDRESS");
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = :person")
                .param("person", colleague.id().value()).query(Integer.class).single()).isPositive();
        List<NotificationView> letters = views.of(jdbc.sql("""
                select n.id from notification n where n.recipient_id = :person and n.kind = 'GROUP_TASKS'""")
                .param("person", coordinator.id().value()).query(UUID.class).list());
        assertThat(letters).singleElement().satisfies(letter -> assertThat(letter.tasks())
                .extracting(NotificationView.BundledTask::taskId).contains("task-a-" + run));

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(notifications.lettersPrinted(letters.stream().map(NotificationView::id).toList(), contact.id()))
                    .isOne();
            notifications.groupTaskArrived(trajectory.id(), Set.of(TaskAudience.COORDINATOR), "task-c-" + run,
                    Activities.MOTIVATION_CONVERSATION);
        });
        assertThat(jdbc.sql("""
                select count(*) from notification n where n.recipient_id = :person and n.kind = 'GROUP_TASKS'
                   and n.status = 'LETTER'""").param("person", coordinator.id().value()).query(Integer.class).single())
                .as("a task arriving after the letter was printed goes into a new letter").isOne();
    }

    @Test
    void mailsAProgressUpdateAndASuccessMadeVisibleToEveryResidentTakingPart() throws Exception {
        Organisation organisation = organisations.save(new Organisation("Gemeente " + run, OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.professional("Marieke de Vries", address("marieke"), null, organisation.id()));
        Person resident = people.save(Person.resident("Wim Ros", address("wim"), null, account("wim")));
        wantsEverythingAtOnce(resident);
        wantsEverythingAtOnce(coordinator);
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen zingen " + run, "Gezond ouder worden",
                "Hoonhorst", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, organisation.id(),
                coordinator.id(), coordinator.id(), 3, 2));
        trajectories.addParticipant(trajectory.id(), resident.id());
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.news(NotificationKind.PROGRESS_UPDATE, trajectory.id(), UUID.randomUUID());
            notifications.news(NotificationKind.SUCCESS_VISIBLE, trajectory.id(), UUID.randomUUID());
        });

        sender().sendDue();

        assertOneMail(resident, NotificationKind.PROGRESS_UPDATE, "/portaal/meldingen/", "Nieuws over Samen zingen " + run);
        assertOneMail(resident, NotificationKind.SUCCESS_VISIBLE, "/portaal/meldingen/", "Gelukt in Samen zingen " + run);
        assertNoMail(coordinator, NotificationKind.PROGRESS_UPDATE);
        assertNoMail(coordinator, NotificationKind.SUCCESS_VISIBLE);
    }

    @Test
    void mailsTheEscalationsToTheCoordinatorWithTheLinkThatOpensThem() throws Exception {
        Organisation organisation = organisations.save(new Organisation("Gemeente " + run, OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.professional("Marieke de Vries", address("marieke"), null, organisation.id()));
        wantsEverythingAtOnce(coordinator);
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen lezen " + run, "Gezond ouder worden",
                "Hoonhorst", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, organisation.id(),
                coordinator.id(), coordinator.id(), 3, 2));
        String task = "task-" + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.toCoordinator(NotificationKind.RECRUITMENT_REMINDER, trajectory.id(), null);
            notifications.toCoordinator(NotificationKind.INPUT_ESCALATED, trajectory.id(), task);
        });

        sender().sendDue();

        assertOneMail(coordinator, NotificationKind.RECRUITMENT_REMINDER, "/werkruimte/meldingen/",
                "Nog niet genoeg inwoners in Samen lezen " + run);
        String late = assertOneMail(coordinator, NotificationKind.INPUT_ESCALATED, "/werkruimte/meldingen/",
                "Een inbreng in Samen lezen " + run + " wacht te lang op antwoord");
        assertThat(late).contains("U kunt de inbreng nu zelf beantwoorden.");
        assertThat(views.of(jdbc.sql("select id from notification where recipient_id = :person and kind = 'INPUT_ESCALATED'")
                .param("person", coordinator.id().value()).query(UUID.class).list()))
                .singleElement().satisfies(view -> assertThat(view.targetPath()).isEqualTo("/werkruimte/taken/" + task));
    }

    @Test
    void mailsInEnglishToSomeoneWhoChoseEnglish() throws Exception {
        Person resident = people.save(Person.resident("Grace Hall", address("grace"), null, account("grace")));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.chooseLanguage(resident.id(), "en");
            notifications.taskArrived(resident.id(), NotificationKind.CONDITIONS_CHECK, null, null, "task-" + run);
        });

        sender().sendDue();

        String text = assertOneMail(resident, NotificationKind.CONDITIONS_CHECK, "/portaal/meldingen/",
                "How is working together going in");
        assertThat(text).contains("Hello,", "Notifications");
    }

    @Test
    void mailsNothingWhenTheActionRollsBack() throws Exception {
        Person resident = people.save(Person.resident("Hanna Kok", address("hanna"), null, account("hanna")));

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.taskArrived(resident.id(), NotificationKind.VOTE, null, null, "task-" + run);
            status.setRollbackOnly();
        });
        sender().sendDue();

        assertThat(mailsTo(resident)).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = :person")
                .param("person", resident.id().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void triesAgainWhileTheMailServerIsDownAndDeliversOnceItIsBack() throws Exception {
        Person resident = people.save(Person.resident("Ivo Smit", address("ivo"), null, account("ivo")));
        UUID id = write(resident, NotificationKind.VOTE);
        NotificationSender sender = sender();
        greenMail.stop();

        sender.sendDue();

        Row failed = row(id);
        assertThat(failed.status()).isEqualTo("PENDING");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).as("backed off").isAfter(clock.instant());
        sender.sendDue();
        assertThat(row(id).attempts()).as("not tried again before its time").isEqualTo(1);

        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        dueNow(id);
        sender.sendDue();

        assertThat(row(id).status()).isEqualTo("SENT");
        assertOneMail(resident, NotificationKind.VOTE, "/portaal/meldingen/", "Stem over");
    }

    @Test
    void givesUpAfterTheLastAttemptAndKeepsTheReasonForTheAdmin() throws Exception {
        Person resident = people.save(Person.resident("Jan Vos", address("jan"), null, account("jan")));
        UUID id = write(resident, NotificationKind.VOTE);
        NotificationSender sender = sender();
        greenMail.stop();

        for (int attempt = 0; attempt < Notification.MAX_ATTEMPTS; attempt++) {
            dueNow(id);
            sender.sendDue();
        }

        Row failed = row(id);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(Notification.MAX_ATTEMPTS);
        assertThat(failed.lastError()).isNotBlank();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        sender.sendDue();
        assertThat(mailsTo(resident)).isEmpty();
    }

    @Test
    void twoSendersOnOneDatabaseMailEveryMessageOnce() throws Exception {
        Person resident = people.save(Person.resident("Karin Post", address("karin"), null, account("karin")));
        Set<UUID> written = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            written.add(write(resident, NotificationKind.CONDITIONS_CHECK));
        }
        NotificationSender first = sender(5);
        NotificationSender second = sender(5);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = pool.invokeAll(List.<Callable<Integer>>of(first::sendDue, second::sendDue));
            int total = 0;
            for (Future<Integer> each : sent) {
                total += each.get();
            }
            assertThat(total).isGreaterThanOrEqualTo(written.size());
        }
        finally {
            pool.shutdownNow();
        }

        List<String> links = new ArrayList<>();
        for (MimeMessage mail : mailsTo(resident)) {
            links.add(linkIn(text(mail)));
        }
        assertThat(links).hasSize(written.size()).doesNotHaveDuplicates();
        assertThat(links).containsExactlyInAnyOrderElementsOf(
                written.stream().map(id -> BASE + "/portaal/meldingen/" + id).toList());
    }

    @Test
    void mailsAPersonsSummaryAsOneMailAtItsMomentAndTwoSummarySendersMailItOnce() throws Exception {
        Person resident = people.save(Person.resident("Lotte Jong", address("lotte"), null, account("lotte")));
        Person other = people.save(Person.resident("Mees Kok", address("mees"), null, account("mees")));
        List<UUID> written = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.chooseDeliveries(resident.id(), new Deliveries(DeliveryChoice.DAILY, DeliveryChoice.DAILY));
            notifications.chooseDeliveries(other.id(), new Deliveries(DeliveryChoice.WEEKLY, DeliveryChoice.WEEKLY));
            for (NotificationKind kind : List.of(NotificationKind.VOTE, NotificationKind.CONDITIONS_CHECK,
                    NotificationKind.SEAT_ACCEPTANCE)) {
                written.add(notifications.taskArrived(resident.id(), kind, null, null, "task-" + UUID.randomUUID()).id());
            }
            notifications.taskArrived(other.id(), NotificationKind.VOTE, null, null, "task-" + UUID.randomUUID());
        });

        sender().sendDue();
        digestSender(5).sendDue();
        assertThat(mailsTo(resident)).as("not before the summary's moment").isEmpty();

        jdbc.sql("update notification set next_attempt_at = :now where id in (:ids)")
                .param("now", Timestamp.from(clock.instant())).param("ids", written).update();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            DigestSender first = digestSender(5);
            DigestSender second = digestSender(5);
            for (Future<Integer> each : pool.invokeAll(List.<Callable<Integer>>of(first::sendDue, second::sendDue))) {
                each.get();
            }
        }
        finally {
            pool.shutdownNow();
        }

        assertThat(mailsTo(resident)).as("one summary, not three mails, and not twice").hasSize(1);
        MimeMessage summary = mailsTo(resident).get(0);
        assertThat(summary.getSubject()).isEqualTo("Uw overzicht: 3 meldingen");
        for (UUID id : written) {
            assertThat(text(summary)).contains(BASE + "/portaal/meldingen/" + id);
            assertThat(html(summary)).contains("href=\"" + BASE + "/portaal/meldingen/" + id + "\"");
        }
        assertThat(text(summary)).contains(BASE + "/portaal/meldingen/voorkeuren");
        assertThat(jdbc.sql("select count(*) from notification where id in (:ids) and status = 'SENT'")
                .param("ids", written).query(Integer.class).single()).isEqualTo(3);
        assertThat(mailsTo(other)).as("the weekly summary is not due yet").isEmpty();
    }

    private void wantsEverythingAtOnce(Person person) {
        notifications.chooseDeliveries(person.id(), new Deliveries(DeliveryChoice.IMMEDIATELY, DeliveryChoice.IMMEDIATELY));
    }

    private DigestSender digestSender(int people) {
        NotificationSettings.Mail mail = new NotificationSettings.Mail("127.0.0.1", port, null, null, false,
                settings.mail().from());
        NotificationSettings own = new NotificationSettings(settings.baseUrl(), settings.sendInterval(), people,
                settings.lease(), mail);
        return new DigestSender(notifications, views, mails, NotificationMailConfiguration.mailSender(mail), own);
    }

    private NotificationSender sender() {
        return sender(settings.batchSize());
    }

    /** A sender as a node runs it, mailing through the test's SMTP server. */
    private NotificationSender sender(int batchSize) {
        NotificationSettings.Mail mail = new NotificationSettings.Mail("127.0.0.1", port, null, null, false,
                settings.mail().from());
        NotificationSettings own = new NotificationSettings(settings.baseUrl(), settings.sendInterval(), batchSize,
                settings.lease(), mail);
        return new NotificationSender(notifications, views, mails, NotificationMailConfiguration.mailSender(mail), own);
    }

    private String address(String name) {
        return name + "." + run + "@example.org";
    }

    /** The subject of a resident's portal account (the account itself is not needed: the mail's link is). */
    private String account(String name) {
        return "kc-" + name + "-" + run;
    }

    private UUID write(Person recipient, NotificationKind kind) {
        return new TransactionTemplate(transactions).execute(status ->
                notifications.taskArrived(recipient.id(), kind, null, null, "task-" + UUID.randomUUID()).id());
    }

    private void dueNow(UUID id) {
        jdbc.sql("update notification set next_attempt_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    private Row row(UUID id) {
        return jdbc.sql("select status, attempts, last_error, next_attempt_at from notification where id = :id")
                .param("id", id).query((rs, n) -> new Row(rs.getString("status"), rs.getInt("attempts"),
                        rs.getString("last_error"), rs.getTimestamp("next_attempt_at") == null ? null
                                : rs.getTimestamp("next_attempt_at").toInstant()))
                .single();
    }

    /**
     * Exactly one mail reached the person about this kind of notification: its subject starts as given,
     * its text names the link that opens their one notification of that kind. Answers the mail's text.
     */
    private String assertOneMail(Person person, NotificationKind kind, String listPath, String subject) throws Exception {
        List<UUID> ids = jdbc.sql("select id from notification where recipient_id = :person and kind = :kind")
                .param("person", person.id().value()).param("kind", kind.name()).query(UUID.class).list();
        assertThat(ids).as("one %s notification for %s", kind, person.displayName()).hasSize(1);
        String link = BASE + listPath + ids.get(0);
        List<MimeMessage> matching = new ArrayList<>();
        for (MimeMessage mail : mailsTo(person)) {
            if (text(mail).contains(link)) {
                matching.add(mail);
            }
        }
        assertThat(matching).as("mails to %s with %s", person.displayName(), link).hasSize(1);
        assertThat(matching.get(0).getSubject()).startsWith(subject);
        assertThat(html(matching.get(0))).contains("href=\"" + link + "\"");
        return text(matching.get(0));
    }

    private void assertNoMail(Person person, NotificationKind kind) {
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = :person and kind = :kind")
                .param("person", person.id().value()).param("kind", kind.name()).query(Integer.class).single()).isZero();
    }

    private List<MimeMessage> mailsTo(Person person) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage mail : greenMail.getReceivedMessages()) {
            if (Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(person.email()))) {
                to.add(mail);
            }
        }
        return to;
    }

    /** The one mail to the person whose subject starts so. */
    private MimeMessage mailAbout(Person person, String subject) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : mailsTo(person)) {
            if (mail.getSubject().startsWith(subject)) {
                found.add(mail);
            }
        }
        assertThat(found).as("mails to %s about %s", person.displayName(), subject).hasSize(1);
        return found.get(0);
    }

    /** The mail's one calendar file, unfolded (RFC 5545 folds long lines). */
    private static String calendarOf(MimeMessage mail) throws Exception {
        List<String> calendars = contents(mail, "text/calendar");
        assertThat(calendars).as("one .ics attached").hasSize(1);
        return calendars.get(0);
    }

    /** Every part of this type, unfolded when it is a calendar file. */
    private static List<String> contents(Part part, String type) throws Exception {
        List<String> found = new ArrayList<>();
        if (part.isMimeType(type)) {
            String content = part.getContent() instanceof InputStream stream
                    ? new String(stream.readAllBytes(), StandardCharsets.UTF_8) : part.getContent().toString();
            found.add(content.replace("\r\n ", "").replace("\n ", ""));
        }
        else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(contents(multipart.getBodyPart(i), type));
            }
        }
        return found;
    }

    private static String linkIn(String text) {
        int start = text.indexOf(BASE + "/portaal/meldingen/");
        return text.substring(start, start + (BASE + "/portaal/meldingen/").length() + 36);
    }

    private static String text(Part part) throws Exception {
        return content(part, "text/plain");
    }

    private static String html(Part part) throws Exception {
        return content(part, "text/html");
    }

    private static String content(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            // an attached file comes as a stream, a text part as a string
            return part.getContent() instanceof InputStream stream ? new String(stream.readAllBytes(), StandardCharsets.UTF_8)
                    : part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = content(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Member member(Setup setup, Person person) {
        return setup.residents().stream().filter(member -> member.person().equals(person.id())).findFirst().orElseThrow();
    }

    private void complete(Setup setup, Member member, String definitionKey, TaskOutcome outcome) {
        workflow.complete(SteeringGroupTrajectory.tasks(workflow, setup, member, definitionKey).get(0).id(),
                member.person(), outcome);
    }

    /** A notification's delivery as the outbox holds it. */
    record Row(String status, int attempts, String lastError, Instant nextAttemptAt) {
    }
}
