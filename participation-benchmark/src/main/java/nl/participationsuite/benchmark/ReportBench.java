package nl.participationsuite.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.reporting.ManagerScope;
import nl.participationsuite.reporting.PortfolioFilter;
import nl.participationsuite.reporting.Reports;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The manager reports' benchmark (issue 11): for each N, fills {@code participation_bench_reports_<N>}
 * with N trajectories of report data ({@code report-data.sql}, set-based SQL straight into the domain
 * tables, 1 000 per transaction; a database that holds them already is reused), then times, warm (after
 * {@value #WARM_UP} untimed calls) and one call at a time, what the report API and pages call: the
 * portfolio (first page of 20, with the
 * JSON the API writes), the portfolio filtered to one phase, the lead times, the learning evaluation
 * and one trajectory report, for a manager of all four organisations; the portfolio PDF of 1 000
 * trajectories ({@link ReportPdf}); and the first portfolio call after writes in 10 and in 100
 * trajectories (which computes and keeps their facts before it reads). Before those, the time of the very
 * first call, which after a fresh seeding computes the facts of every trajectory. Prints median and p95.
 *
 * <pre>java -jar participation-benchmark.jar reports [--trajectories 1000,10000] [--samples 30]</pre>
 */
final class ReportBench {

    private static final String TOPIC = "report-bench";

    private static final int CHUNK = 1000;

    /** Untimed calls before each timed series: the JIT compiles the report's code first, as in a running application. */
    private static final int WARM_UP = 10;

    /** Trajectories listed in the portfolio PDF, as the product's download does (ReportExportController.EXPORT_ROWS). */
    private static final int PDF_ROWS = 1000;

    private ReportBench() {
    }

    static void run(String[] args) throws Exception {
        List<Integer> sizes = List.of(1000, 10000);
        int samples = 30;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--trajectories")) {
                sizes = java.util.Arrays.stream(args[i + 1].split(",")).map(String::strip).map(Integer::valueOf).toList();
            }
            if (args[i].equals("--samples")) {
                samples = Integer.parseInt(args[i + 1]);
            }
        }
        String host = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/");
        StringBuilder table = new StringBuilder("| N | call | median ms | p95 ms |\n|---|---|---|---|\n");
        for (int n : sizes) {
            String database = "participation_bench_reports_" + n;
            createIfMissing(host, database);
            try (ConfigurableApplicationContext context = context(host + database)) {
                JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
                PersonId manager = castPeople(jdbc, transaction);
                long seeding = System.nanoTime();
                generateUpTo(n, jdbc, transaction);
                System.out.printf("[reports] N = %d: seeded in %.0f s%n", n, (System.nanoTime() - seeding) / 1e9);
                jdbc.execute("analyze");
                Reports reports = context.getBean(Reports.class);
                ManagerScope scope = reports.scopeOf(manager);
                long backfill = System.nanoTime();
                int inScope = reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, 1)).trajectories();
                String first = "| %d | portfolio, first call (computes and keeps the facts of what is queued or missing: all %d after seeding) | %.1f | |"
                        .formatted(n, inScope, (System.nanoTime() - backfill) / 1e6);
                System.out.println("[reports] " + first);
                table.append(first).append('\n');
                jdbc.execute("analyze trajectory_report_facts");
                TrajectoryId sample = new TrajectoryId(jdbc.queryForObject("""
                        select id from trajectory where topic = ? and phase = 'WORKING_TOGETHER'
                        order by reference limit 1""", UUID.class, TOPIC));
                ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
                PortfolioFilter working = new PortfolioFilter(Set.of(), null, null, null, null, Phase.WORKING_TOGETHER, null);
                Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
                calls.put("portfolio (page of 20, as JSON)", () -> write(json,
                        reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, 20))));
                calls.put("portfolio, phase = working together", () -> reports.portfolio(scope, working, PageRequest.of(0, 20)));
                calls.put("lead times", () -> reports.leadTimes(scope, PortfolioFilter.all()));
                calls.put("learning evaluation", () -> reports.learningEvaluation(scope, PortfolioFilter.all()));
                calls.put("trajectory report (as JSON)", () -> write(json, reports.trajectoryReport(scope, sample).orElseThrow()));
                calls.put("portfolio PDF (" + PDF_ROWS + " rows)", () -> ReportPdf.render(
                        reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, PDF_ROWS)),
                        reports.leadTimes(scope, PortfolioFilter.all())));
                System.out.printf("[reports] N = %d: %d trajectories in scope%n", n, inScope);
                for (Map.Entry<String, Supplier<Object>> call : calls.entrySet()) {
                    int runs = call.getKey().startsWith("portfolio PDF") ? Math.max(5, samples / 3) : samples;
                    String row = time(n, call.getKey(), WARM_UP, runs, () -> { }, call.getValue());
                    table.append(row).append('\n');
                }
                // The first call after new writes: the triggers queued the written trajectories, the call computes
                // and keeps their facts before it reads.
                for (int written : List.of(10, 100)) {
                    String row = time(n, "portfolio, first call after writes in " + written + " trajectories", 0, samples,
                            () -> jdbc.update("""
                                    update trajectory set modified_at = modified_at where id in (
                                        select id from trajectory where topic = ? order by random() limit ?)""",
                                    TOPIC, written),
                            () -> reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, 20)));
                    table.append(row).append('\n');
                }
            }
        }
        System.out.println();
        System.out.print(table);
    }

    /** Times {@code call} {@code runs} times after {@code warmUp} untimed calls, {@code before} each (untimed); prints the row. */
    private static String time(int n, String name, int warmUp, int runs, Runnable before, Supplier<Object> call) {
        for (int w = 0; w < warmUp; w++) {
            call.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int s = 0; s < runs; s++) {
            before.run();
            long start = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        String row = "| %d | %s | %.1f | %.1f |".formatted(n, name, percentile(millis, 50), percentile(millis, 95));
        System.out.println("[reports] " + row);
        return row;
    }

    private static Object write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static double percentile(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static void createIfMissing(String host, String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(host + "postgres", "postgres", "")) {
            boolean exists = connection.createStatement()
                    .executeQuery("select 1 from pg_database where datname = '" + database + "'").next();
            if (!exists) {
                connection.createStatement().execute("create database " + database);
            }
        }
    }

    private static ConfigurableApplicationContext context(String url) {
        return new SpringApplicationBuilder(ReportApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(Map.of(
                        "spring.datasource.url", url,
                        "spring.datasource.username", "postgres",
                        "spring.jpa.open-in-view", "false",
                        "spring.jpa.hibernate.ddl-auto", "validate",
                        "spring.liquibase.change-log", "classpath:db/changelog/db.changelog-master.yaml",
                        "logging.level.root", "WARN",
                        "logging.level.nl.participationsuite.reporting", System.getProperty("bench.reports.log", "WARN"),
                        "spring.main.banner-mode", "off"))
                .run();
    }

    /** Four organisations, eight coordinators each, 3 000 residents without an account, and a manager of all four. */
    private static PersonId castPeople(JdbcTemplate jdbc, TransactionTemplate transaction) {
        transaction.executeWithoutResult(status -> {
            String audit = "now(), 'bench', now(), 'bench', 0";
            jdbc.update("""
                    insert into organisation (id, name, kind, created_at, created_by, modified_at, modified_by, version)
                    select gen_random_uuid(), 'Bench organisatie ' || o, case when o = 3 then 'PUBLIC_HEALTH_SERVICE'
                           else 'MUNICIPALITY' end, %s
                    from generate_series(0, 3) o
                    where not exists (select 1 from organisation where name = 'Bench organisatie ' || o)""".formatted(audit));
            jdbc.update("""
                    insert into person (id, kind, display_name, organisation_id, created_at, created_by, modified_at, modified_by, version)
                    select gen_random_uuid(), 'PROFESSIONAL', 'Bench coordinator ' || o || '-' || k,
                           (select id from organisation where name = 'Bench organisatie ' || o), %s
                    from generate_series(0, 3) o cross join generate_series(0, 7) k
                    where not exists (select 1 from person where display_name = 'Bench coordinator ' || o || '-' || k)"""
                    .formatted(audit));
            jdbc.update("""
                    insert into person (id, kind, display_name, created_at, created_by, modified_at, modified_by, version)
                    select gen_random_uuid(), 'RESIDENT', 'Bench inwoner ' || i, %s from generate_series(0, 2999) i
                    where not exists (select 1 from person where display_name = 'Bench inwoner ' || i)""".formatted(audit));
            jdbc.update("""
                    insert into person (id, kind, display_name, organisation_id, created_at, created_by, modified_at, modified_by, version)
                    select gen_random_uuid(), 'PROFESSIONAL', 'Bench manager',
                           (select id from organisation where name = 'Bench organisatie 0'), %s
                    where not exists (select 1 from person where display_name = 'Bench manager')""".formatted(audit));
            jdbc.update("""
                    insert into manager_organisation (person_id, organisation_id)
                    select m.id, o.id from person m cross join organisation o
                    where m.display_name = 'Bench manager' and o.name like 'Bench organisatie %'
                    on conflict do nothing""");
        });
        return new PersonId(jdbc.queryForObject("select id from person where display_name = 'Bench manager'", UUID.class));
    }

    private static void generateUpTo(int target, JdbcTemplate jdbc, TransactionTemplate transaction) throws IOException {
        String script;
        try (InputStream in = ReportBench.class.getResourceAsStream("/report-data.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] statements = script.split("(?m)^;;\\s*$");
        int existing = jdbc.queryForObject("select count(*) from trajectory where topic = ?", Integer.class, TOPIC);
        long started = System.nanoTime();
        for (int first = existing + 1; first <= target; first += CHUNK) {
            int from = first;
            int to = Math.min(first + CHUNK - 1, target);
            transaction.executeWithoutResult(status -> {
                for (String statement : statements) {
                    String sql = statement.replace(":first", Integer.toString(from)).replace(":last", Integer.toString(to)).strip();
                    if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) {
                        jdbc.execute(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
                    }
                }
            });
            System.out.printf("[reports]   generated trajectories %d..%d (%.0f s)%n", from, to, (System.nanoTime() - started) / 1e9);
        }
    }
}
