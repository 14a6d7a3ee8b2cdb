package nl.participationsuite.web.workspace.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import nl.participationsuite.domain.conditions.AnswerConditions;
import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.conditions.ConditionAnswer;
import nl.participationsuite.domain.conditions.ConditionsCheck;
import nl.participationsuite.domain.conditions.ConditionsService;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.success.RegisterSuccess;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.support.RequestTravelCost;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.trajectory.UpdateChannel;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory.Filled;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.seats.DecisionRoundWorkflow;
import nl.participationsuite.workflow.success.SuccessWorkflow;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The number of SQL statements JPA runs for the trajectory page and for one page of each list does
 * not grow with what the trajectory holds or with the page size: a trajectory with five participants
 * and one input of everything costs as many statements as one with thirty-one participants and
 * thirty inputs, successes, support requests, meetings and more. Counted with Hibernate's statistics
 * (statements JPA prepares; the engine's own and plain JDBC are not counted), the lowest of three
 * runs, printed for the record.
 */
@WebIntegrationTest
class StatementCountIntegrationTests {

    private static final int MORE = 30;

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TrajectoryOverviews overviews;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    InvolvementService involvement;

    @Autowired
    InputWorkflow inputs;

    @Autowired
    SuccessWorkflow successes;

    @Autowired
    SupportService support;

    @Autowired
    MeetingService meetings;

    @Autowired
    DecisionRoundWorkflow rounds;

    @Autowired
    ConditionsService conditions;

    @Autowired
    Clock clock;

    @Test
    void trajectoryPageAndItsListsRunAsManyStatementsForThirtyOfEverythingAsForOne() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person colleague = LinkedAccounts.person("professional", people, organisations, jwt);
        String token = LinkedAccounts.token("coordinator", people, organisations, jwt);
        Filled small = beans.createBean(FilledTrajectory.class).build(coordinator, colleague, "Klein traject");
        Filled large = beans.createBean(FilledTrajectory.class).build(coordinator, colleague, "Groot traject");
        grow(large);
        TrajectoryId smallId = small.trajectory().id();
        TrajectoryId largeId = large.trajectory().id();

        long smallPage = statements(() -> overviews.overview(smallId, coordinator.id(), Locale.forLanguageTag("nl")));
        long largePage = statements(() -> overviews.overview(largeId, coordinator.id(), Locale.forLanguageTag("nl")));
        report("trajectory page", smallPage, largePage);

        for (int i = 0; i < MORE; i++) {
            start(coordinator, "Traject van de gemeente " + i);
        }
        String base = "/api/v1/trajectories/";
        Map<String, long[]> lists = new java.util.LinkedHashMap<>();
        for (String list : List.of("inputs", "successes", "support-requests")) {
            lists.put("GET .../" + list, new long[] {
                    statements(() -> ok(ApiCalls.call(port, "GET", base + smallId.value() + "/" + list + "?size=50", null, token))),
                    statements(() -> ok(ApiCalls.call(port, "GET", base + largeId.value() + "/" + list + "?size=50", null, token))) });
        }
        lists.put("GET /api/v1/trajectories", new long[] {
                statements(() -> ok(ApiCalls.call(port, "GET", "/api/v1/trajectories?size=2", null, token))),
                statements(() -> ok(ApiCalls.call(port, "GET", "/api/v1/trajectories?size=" + MORE, null, token))) });

        // More rows than one page in both, so that both count them (a first page that is not full needs no count).
        Person few = organisationWith(TrajectoryOverviews.PAGE_SIZE + 1);
        Person many = organisationWith(3 * TrajectoryOverviews.PAGE_SIZE);
        lists.put("/werkruimte/trajecten", new long[] { statements(() -> overviews.list(few.id(), 1, null)),
                statements(() -> overviews.list(many.id(), 1, null)) });
        lists.forEach((name, counts) -> report(name, counts[0], counts[1]));

        assertThat(largePage).as("statements of the trajectory page, 1 vs %d of everything", MORE).isEqualTo(smallPage);
        lists.forEach((name, counts) -> assertThat(counts[1]).as("statements of %s, few vs many rows", name)
                .isEqualTo(counts[0]));
    }

    /** Thirty more residents (recruited), inputs, successes, support requests, meetings, rounds, updates and answers. */
    private void grow(Filled filled) {
        TrajectoryId id = filled.trajectory().id();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Participant> residents = new ArrayList<>();
        for (int i = 0; i < MORE - 4; i++) {
            Person resident = people.save(Person.resident("Inwoner " + i, null, null, null));
            Participant participant = trajectories.addParticipant(id, resident.id());
            involvement.recordRecruitment(id, participant.id(), RecruitmentChannel.DOOR_TO_DOOR, null);
            residents.add(participant);
        }
        List<ResidentInput> received = new ArrayList<>();
        for (int i = 0; i < MORE; i++) {
            received.add(inputs.receive(new ReceiveInput(id, residents.get(i % residents.size()).id(),
                    filled.professional().person(), InputChannel.DOOR_TO_DOOR, "Onderwerp " + i, "Tekst " + i, null)));
            successes.register(new RegisterSuccess(id, SuccessKind.QUICK_WIN, "Succes " + i, null, today,
                    Set.of(received.get(i).id()), Set.of()));
            support.requestTravelCost(id, new RequestTravelCost(residents.get(i % residents.size()).id(),
                    today.minusDays(1), "Lemelerveld", "Dalfsen", 500L + i));
            Instant starts = now.plus(Duration.ofDays(i + 1));
            meetings.plan(id, new PlanMeeting(starts, starts.plus(Duration.ofHours(2)), "Dorpshuis " + i,
                    VenueType.NEIGHBOURHOOD_CENTRE, true, "Anne Smit", true, "Agenda " + i));
            trajectories.recordProgressUpdate(id, "Bericht " + i, UpdateChannel.NEWSLETTER);
        }
        for (int i = 0; i < 5; i++) {
            rounds.open(id, new OpenRound("Ronde " + i, "Voorstel " + i, now.plus(Duration.ofDays(7))));
            ConditionsCheck check = conditions.openRound(id);
            for (Participant resident : residents.subList(0, 10)) {
                conditions.answer(check.id(), new AnswerConditions(resident.id(), scores(3)));
            }
        }
    }

    private Person organisationWith(int trajectoryCount) {
        Organisation organisation = organisations.save(new Organisation("Organisatie " + trajectoryCount + " "
                + System.nanoTime(), OrganisationKind.MUNICIPALITY));
        Person professional = people.save(Person.professional("Beleidsmedewerker " + trajectoryCount, null, null,
                organisation.id()));
        for (int i = 0; i < trajectoryCount; i++) {
            start(professional, "Traject " + i);
        }
        return professional;
    }

    /** A trajectory of the coordinator's organisation, with a resident besides the coordinator. */
    private void start(Person coordinator, String title) {
        TrajectoryId id = trajectories.start(new StartTrajectory(title, "Gezondheid", "Dalfsen",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.CONSULTATION, coordinator.organisationId(),
                coordinator.id(), coordinator.id(), null, null)).id();
        trajectories.addParticipant(id, people.save(Person.resident("Inwoner van " + title, null, null, null)).id());
    }

    private static Object ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private long statements(Supplier<?> action) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        try {
            for (int run = 0; run < 3; run++) {
                statistics.setStatisticsEnabled(true);
                statistics.clear();
                action.get();
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
        }
        finally {
            statistics.setStatisticsEnabled(false);
        }
        return fewest;
    }

    private static void report(String what, long few, long many) {
        System.out.printf("SQL statements of %-28s few: %3d   many: %3d%n", what, few, many);
    }

    private static Map<Condition, ConditionAnswer> scores(int score) {
        Map<Condition, ConditionAnswer> answers = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            answers.put(condition, new ConditionAnswer(score, null));
        }
        return answers;
    }
}
