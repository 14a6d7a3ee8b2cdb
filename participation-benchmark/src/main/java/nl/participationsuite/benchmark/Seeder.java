package nl.participationsuite.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
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
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.Phases;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.success.SuccessWorkflow;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.trajectory.TrajectoryClosure;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a benchmark database in-process through the product's own facade and domain services: each
 * trajectory is started through {@link TrajectoryWorkflow#start}, gets participants, and is moved to
 * its phase by process-instance modification (as the workflow tests' fixture {@code jumpTo} does:
 * the phase listeners move the domain too). All of them are coordinated by the demo user
 * {@code coordinator}, so the coordinator's task list grows with N.
 */
final class Seeder implements AutoCloseable {

    static final String SEEDED_TOPIC = "bench-seed";

    static final String DRIVEN_TOPIC = "bench-drive";

    private final ConfigurableApplicationContext context;

    private final TrajectoryWorkflow workflow;

    private final TrajectoryService trajectories;

    private final People people;

    private final Organisations organisations;

    private final InvolvementService involvement;

    private final InputWorkflow inputs;

    private final SuccessWorkflow successes;

    private final SupportService support;

    private final TrajectoryClosure closure;

    private final RuntimeService runtime;

    private final TransactionTemplate transaction;

    private final JdbcTemplate jdbc;

    private final Map<DemoUsers, Person> demo = new EnumMap<>(DemoUsers.class);

    private Organisation organisation;

    private final List<Person> residentPool = new ArrayList<>();

    private final List<Person> professionalPool = new ArrayList<>();

    Seeder(String jdbcUrl) {
        context = new SpringApplicationBuilder(SeedApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(Map.of(
                        "spring.config.import", "classpath:participation-engine.yml",
                        "spring.datasource.url", jdbcUrl,
                        "spring.datasource.username", "postgres",
                        "spring.datasource.hikari.maximum-pool-size", "8",
                        "spring.jpa.open-in-view", "false",
                        "spring.jpa.hibernate.ddl-auto", "validate",
                        "spring.liquibase.change-log", "classpath:db/changelog/db.changelog-master.yaml",
                        "camunda.bpm.job-execution.enabled", "false",
                        "logging.level.root", "WARN",
                        "spring.main.banner-mode", "off"))
                .run();
        workflow = context.getBean(TrajectoryWorkflow.class);
        trajectories = context.getBean(TrajectoryService.class);
        people = context.getBean(People.class);
        organisations = context.getBean(Organisations.class);
        involvement = context.getBean(InvolvementService.class);
        inputs = context.getBean(InputWorkflow.class);
        successes = context.getBean(SuccessWorkflow.class);
        support = context.getBean(SupportService.class);
        closure = context.getBean(TrajectoryClosure.class);
        runtime = context.getBean(RuntimeService.class);
        transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        jdbc = context.getBean(JdbcTemplate.class);
        castPeople();
    }

    /** The demo users as people (linked by their Keycloak subject) and pools of people without an account. */
    private void castPeople() {
        transaction.executeWithoutResult(status -> {
            organisation = organisations.findAll().stream().filter(o -> o.name().equals("Gemeente Benchmark")).findFirst()
                    .orElseGet(() -> organisations.save(new Organisation("Gemeente Benchmark", OrganisationKind.MUNICIPALITY)));
            for (DemoUsers user : DemoUsers.values()) {
                demo.put(user, people.findByKeycloakSubject(user.subject).orElseGet(() -> people.save(user.isResident()
                        ? Person.resident(user.displayName, user.username() + "@example.org", null, user.subject)
                        : Person.professional(user.displayName, user.username() + "@example.org", user.subject,
                                organisation.id()))));
            }
            // The demo manager (not a participant anywhere) reports on the benchmark's organisation.
            Person manager = people.findByKeycloakSubject(DemoUsers.MANAGER_SUBJECT).orElseGet(() -> people.save(
                    Person.professional("Pieter van Dijk", "manager@example.org", DemoUsers.MANAGER_SUBJECT, organisation.id())));
            manager.manage(java.util.Set.of(organisation.id()));
            people.save(manager);
            List<Person> all = people.findAll();
            for (Person person : all) {
                if (person.keycloakSubject() == null && person.displayName().startsWith("Bench resident ")) {
                    residentPool.add(person);
                }
                if (person.keycloakSubject() == null && person.displayName().startsWith("Bench professional ")) {
                    professionalPool.add(person);
                }
            }
            for (int i = residentPool.size(); i < 300; i++) {
                residentPool.add(people.save(Person.resident("Bench resident " + i, null, null, null)));
            }
            for (int i = professionalPool.size(); i < 30; i++) {
                professionalPool.add(people.save(Person.professional("Bench professional " + i, null, null, organisation.id())));
            }
        });
    }

    int seeded() {
        return jdbc.queryForObject("select count(*) from trajectory where topic = ?", Integer.class, SEEDED_TOPIC);
    }

    /**
     * Seeds trajectories until {@code target} exist, in {@code threads} threads; answers how many
     * were added. The tables' statistics are brought up to date either way: PostgreSQL plans the
     * product's queries from them, and a server without autovacuum (as on some build machines)
     * never gathers them, so that a freshly seeded database is measured with plans for empty tables.
     */
    int seedUpTo(int target, int threads) throws Exception {
        try {
            return seedMissing(target, threads);
        }
        finally {
            jdbc.execute("analyze");
        }
    }

    private int seedMissing(int target, int threads) throws Exception {
        int existing = seeded();
        int missing = target - existing;
        if (missing <= 0) {
            return 0;
        }
        AtomicInteger next = new AtomicInteger(existing);
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                while (failure.get() == null) {
                    int first = next.getAndAdd(10);
                    if (first >= target) {
                        return;
                    }
                    int last = Math.min(first + 10, target);
                    try {
                        transaction.executeWithoutResult(status -> {
                            for (int i = first; i < last; i++) {
                                seedOne(i);
                            }
                        });
                    }
                    catch (Exception ex) {
                        failure.compareAndSet(null, ex);
                        return;
                    }
                    int count = done.addAndGet(last - first);
                    if (count % 500 < 10) {
                        double seconds = (System.nanoTime() - started) / 1e9;
                        System.out.printf("[bench]   seeded %d of %d (%.0f/s)%n", count, missing, count / seconds);
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        if (failure.get() != null) {
            throw failure.get();
        }
        return missing;
    }

    /**
     * One trajectory in a phase by its number: 15 % early involvement, 15 % motivation, 15 % shared
     * vision, 10 % role agreements, 10 % decision seats, 25 % working together (with input waiting
     * for an answer, a success to make visible, a support request), 10 % closed.
     */
    private void seedOne(int number) {
        int slot = number % 20;
        Person professional = professionalPool.get(number % professionalPool.size());
        Trajectory trajectory = workflow.start(new StartTrajectory("Benchmark trajectory " + number, SEEDED_TOPIC,
                "Wijk " + (number % 97), number % 2 == 0 ? TrajectoryKind.ORGANISATION_PROJECT : TrajectoryKind.RESIDENT_INITIATIVE,
                ParticipationLevel.PARTICIPATION, organisation.id(), demo.get(DemoUsers.COORDINATOR).id(),
                demo.get(DemoUsers.COORDINATOR).id(), null, null));
        TrajectoryId id = trajectory.id();
        trajectories.addParticipant(id, professional.id());
        List<Participant> residents = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            Person resident = residentPool.get((number * 3 + r) % residentPool.size());
            residents.add(trajectories.addParticipant(id, resident.id()));
        }
        if (slot < 3) {
            involvement.recordRecruitment(id, residents.get(0).id(), RecruitmentChannel.DOOR_TO_DOOR, null);
        }
        else if (slot < 6) {
            jumpTo(id, Activities.LIST_RESIDENTS);
        }
        else if (slot < 9) {
            jumpTo(id, Activities.DRAFT_VISION);
        }
        else if (slot < 11) {
            jumpTo(id, Activities.PROPOSE_ROLE_AGREEMENTS);
        }
        else if (slot < 13) {
            jumpTo(id, Activities.COMPOSE_STEERING_GROUP);
        }
        else if (slot < 18) {
            jumpTo(id, Phases.WORKING_TOGETHER);
            var input = inputs.receive(new ReceiveInput(id, residents.get(1).id(), null, InputChannel.PORTAL, "Vervoer",
                    "Kan er 's avonds vervoer naar het buurthuis komen?", null));
            if (slot % 2 == 0) {
                successes.register(new RegisterSuccess(id, SuccessKind.QUICK_WIN, "Taxibusje voor de avonden",
                        "Inwoners zonder auto kunnen nu naar de bijeenkomsten.", LocalDate.now().minusDays(1),
                        Set.of(input.id()), Set.of()));
            }
            support.requestTravelCost(id, new RequestTravelCost(residents.get(2).id(), LocalDate.now().minusDays(2),
                    "Lemelerveld", "Dalfsen", 1250L));
        }
        else {
            closure.closeEarly(id, demo.get(DemoUsers.COORDINATOR).id(), "Benchmark: gesloten traject");
        }
    }

    private void jumpTo(TrajectoryId trajectory, String activityId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(trajectory.toString())
                .singleResult();
        ActivityInstance root = runtime.getActivityInstance(instance.getId());
        ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(instance.getId())
                .startBeforeActivity(activityId);
        for (ActivityInstance child : root.getChildActivityInstances()) {
            modification.cancelActivityInstance(child.getId());
        }
        modification.execute();
    }

    /** A working-together trajectory of the seed, for the list endpoints (inputs, successes, support). */
    TrajectoryId listSample() {
        return jdbc.queryForList("select id from trajectory where topic = ? and title = ?", java.util.UUID.class,
                SEEDED_TOPIC, "Benchmark trajectory 13").stream().findFirst().map(TrajectoryId::new).orElse(null);
    }

    /** Closes the driven trajectories an earlier run left unfinished, so that their tasks do not linger. */
    int closeLeftovers() {
        List<java.util.UUID> open = jdbc.queryForList(
                "select id from trajectory where topic = ? and closed_at is null", java.util.UUID.class, DRIVEN_TOPIC);
        for (java.util.UUID id : open) {
            transaction.executeWithoutResult(status -> closure.closeEarly(new TrajectoryId(id),
                    demo.get(DemoUsers.COORDINATOR).id(), "Benchmark: run ended"));
        }
        return open.size();
    }

    /**
     * Trajectories for the load to drive from their first task to their end: the demo coordinator,
     * both demo professionals and the five demo residents take part; five residents from two channels
     * are recruited, so that the coordinator's first task (recruitment) can be completed at once.
     */
    List<Driven> prepareDriven(int count, String run) {
        List<Driven> driven = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int number = i;
            driven.add(transaction.execute(status -> {
                Trajectory trajectory = workflow.start(new StartTrajectory("Bench " + run + " #" + number, DRIVEN_TOPIC,
                        "Benchmarkwijk", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                        organisation.id(), demo.get(DemoUsers.COORDINATOR).id(), demo.get(DemoUsers.COORDINATOR).id(), null,
                        null));
                TrajectoryId id = trajectory.id();
                Map<DemoUsers, java.util.UUID> participants = new EnumMap<>(DemoUsers.class);
                for (DemoUsers user : DemoUsers.values()) {
                    Participant participant = user == DemoUsers.COORDINATOR
                            ? trajectories.get(id).participantOf(demo.get(user).id()).orElseThrow()
                            : trajectories.addParticipant(id, demo.get(user).id());
                    participants.put(user, participant.id().value());
                    if (user.isResident()) {
                        involvement.recordRecruitment(id, participant.id(), user.ordinal() % 2 == 0
                                ? RecruitmentChannel.DOOR_TO_DOOR : RecruitmentChannel.FRONT_LINE_PROFESSIONAL, null);
                    }
                }
                return new Driven(id.value(), trajectory.title(), participants);
            }));
        }
        return driven;
    }

    PersonId person(DemoUsers user) {
        return demo.get(user).id();
    }

    /** A trajectory for the load to drive: its id, title (as the portal shows it) and participant ids. */
    record Driven(java.util.UUID id, String title, Map<DemoUsers, java.util.UUID> participants) {
    }

    @Override
    public void close() {
        context.close();
    }

    static Instant now() {
        return Instant.now();
    }
}
