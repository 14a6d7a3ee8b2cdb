package nl.participationsuite.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.participationsuite.benchmark.Seeder.Driven;

/**
 * The benchmark of issue 10, one command ({@code deploy/bench/run.sh}). Per N: seed (or reuse)
 * {@code participation_bench_<N>}, start the real application against it and Keycloak, drive whole
 * trajectories with concurrent users through the API and the portal, time the lists and the inbox;
 * then the same BPMN on the engine alone. Prints figures (never pass/fail) and writes them to
 * {@code participation-benchmark/target/benchmark-<timestamp>.md}.
 */
public final class BenchmarkMain {

    private final Map<String, String> options = new LinkedHashMap<>();

    private final StringBuilder report = new StringBuilder();

    private final List<Result> results = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("reports")) {
            ReportBench.run(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        else {
            new BenchmarkMain(args).run();
        }
        System.exit(0);
    }

    private BenchmarkMain(String[] args) {
        options.put("trajectories", "1000,10000");
        options.put("users", "8");
        options.put("minutes", "2");
        options.put("samples", "20");
        options.put("engine-seconds", "60");
        options.put("seed-threads", "3");
        options.put("port", "8480");
        options.put("keycloak", "http://127.0.0.1:8380");
        options.put("sql-count", "true");
        options.put("app-java-opts", "");
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String name = args[i].substring(2);
                String value = name.contains("=") ? name.substring(name.indexOf('=') + 1) : args[++i];
                options.put(name.contains("=") ? name.substring(0, name.indexOf('=')) : name, value);
            }
        }
    }

    private int number(String name) {
        return Integer.parseInt(options.get(name));
    }

    /** What one N measured. */
    record Result(int n, double seedSeconds, int seeded, double startup, long rssReadyKb, long rssAfterKb,
            Recorder load, Recorder probes, Recorder single, long completions, long trajectories, double loadSeconds,
            double cpuSeconds, long statements, Map<String, Long> failures, String loadBefore, String loadAfter) {
    }

    private void run() throws Exception {
        if (Boolean.parseBoolean(options.getOrDefault("seed-only", "false"))) {
            for (String value : options.get("trajectories").split(",")) {
                int n = Integer.parseInt(value.trim());
                createDatabase("participation_bench_" + n);
                try (Seeder seeder = new Seeder("jdbc:postgresql://127.0.0.1:5432/participation_bench_" + n)) {
                    long start = System.nanoTime();
                    int added = seeder.seedUpTo(n, number("seed-threads"));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    log(String.format(Locale.ROOT, "N = %d: seeded %d trajectories in %.1f s (%.1f/s), load average %s", n,
                            added, seconds, added / seconds, loadAverage()));
                }
            }
            return;
        }
        Path appJar = Path.of(options.get("app-jar"));
        Path sqlJar = Boolean.parseBoolean(options.get("sql-count")) ? Path.of(options.get("sqlcount-jar")) : null;
        Path out = Path.of(options.getOrDefault("out", "participation-benchmark/target"));
        Files.createDirectories(out.resolve("logs"));
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        int users = number("users");
        double minutes = Double.parseDouble(options.get("minutes"));
        line("# Participation Suite benchmark, " + stamp);
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + "; "
                + "users " + users + ", load " + minutes + " min per N, " + options.get("samples") + " samples per list; "
                + "git " + options.getOrDefault("git", "?"));
        line("");
        for (String value : options.get("trajectories").split(",")) {
            int n = Integer.parseInt(value.trim());
            results.add(measure(n, users, minutes, appJar, sqlJar, out, stamp));
            Files.writeString(out.resolve("benchmark-" + stamp + ".md"), report.toString()); // so far
        }
        double engineRate = engineAlone(users, out);
        summary(engineRate);
        Path file = out.resolve("benchmark-" + stamp + ".md");
        Files.writeString(file, report.toString());
        System.out.println();
        System.out.println("[bench] figures written to " + file.toAbsolutePath());
    }

    private Result measure(int n, int users, double minutes, Path appJar, Path sqlJar, Path out, String stamp)
            throws Exception {
        String database = "participation_bench_" + n;
        createDatabase(database);
        log("N = " + n + ": database " + database);
        int driveCount = options.containsKey("drive") ? number("drive") + 1
                : (int) Math.max(users * 3, Math.ceil(users * minutes * 4)) + 1;
        double seedSeconds;
        int added;
        List<Driven> driven;
        Map<DemoUsers, String> persons = new EnumMap<>(DemoUsers.class);
        java.util.UUID sample;
        try (Seeder seeder = new Seeder("jdbc:postgresql://127.0.0.1:5432/" + database)) {
            long start = System.nanoTime();
            added = seeder.seedUpTo(n, number("seed-threads"));
            seedSeconds = (System.nanoTime() - start) / 1e9;
            log(added == 0 ? "  reusing " + seeder.seeded() + " seeded trajectories"
                    : String.format(Locale.ROOT, "  seeded %d trajectories in %.1f s (%.0f/s)", added, seedSeconds,
                            added / seedSeconds));
            int closed = seeder.closeLeftovers();
            if (closed > 0) {
                log("  closed " + closed + " driven trajectories an earlier run left unfinished");
            }
            long start2 = System.nanoTime();
            driven = seeder.prepareDriven(driveCount, stamp.substring(4));
            log(String.format(Locale.ROOT, "  prepared %d trajectories to drive in %.1f s", driven.size(),
                    (System.nanoTime() - start2) / 1e9));
            for (DemoUsers user : DemoUsers.values()) {
                persons.put(user, seeder.person(user).toString());
            }
            sample = seeder.listSample() == null ? null : seeder.listSample().value();
        }
        Path sqlFile = out.resolve("logs/sqlcount-" + n + ".bin");
        Files.deleteIfExists(sqlFile);
        Files.write(sqlFile, new byte[64]);
        int port = number("port");
        String keycloak = options.get("keycloak");
        log("  starting the application on port " + port);
        try (AppProcess app = new AppProcess(appJar, options.get("app-java-opts"), sqlJar, sqlFile, database, port,
                keycloak + "/realms/participation", out.resolve("logs/app-" + n + ".log"))) {
            log(String.format(Locale.ROOT, "  ready in %.1f s, RSS %d MB", app.startupSeconds, app.rssAtReadyKb / 1024));
            SqlCounter sql = sqlJar == null ? null : new SqlCounter(sqlFile);
            String base = "http://127.0.0.1:" + port;

            // One trajectory alone first (warm-up; per-request SQL statements of every step).
            Recorder single = new Recorder();
            Http singleHttp = new Http(base, keycloak, single, sql);
            if (sql != null) {
                sql.exclusive(true);
            }
            Driver warmUp = new Driver(singleHttp, persons);
            warmUp.run(driven.subList(0, 1), 1, Long.MAX_VALUE);
            log("  warm-up: one trajectory alone, " + warmUp.completions.get() + " completions"
                    + (warmUp.failures.isEmpty() ? "" : ", failed: " + warmUp.failures.keySet()));
            if (sql != null) {
                sql.exclusive(false);
            }

            // The load: users drive whole trajectories at the same time.
            Recorder load = new Recorder();
            Http loadHttp = new Http(base, keycloak, load, sql);
            Driver driver = new Driver(loadHttp, persons);
            String loadBefore = loadAverage();
            double cpuBefore = app.cpuSeconds();
            long sqlBefore = sql == null ? 0 : sql.read();
            log("  load: " + users + " users for " + minutes + " min ...");
            long elapsed = driver.run(driven.subList(1, driven.size()), users,
                    System.nanoTime() + (long) (minutes * 60e9));
            double cpu = app.cpuSeconds() - cpuBefore;
            long statements = sql == null ? -1 : sql.read() - sqlBefore;
            long rssAfter = app.rssKb();
            String loadAfter = loadAverage();
            Map<String, Long> failures = new LinkedHashMap<>();
            driver.failures.forEach((reason, count) -> failures.put(reason, count.get()));
            log(String.format(Locale.ROOT, "  load done: %d completions, %d trajectories in %.1f s, %d failed",
                    driver.completions.get(), driver.trajectories.get(), elapsed / 1e9,
                    failures.values().stream().mapToLong(Long::longValue).sum()));
            if (elapsed < minutes * 60e9 * 0.95) {
                failures.put("ran out of prepared trajectories before the time was up: pass --drive with more than "
                        + (driven.size() - 1), 0L);
            }

            // The lists and the inbox, one request at a time, after the load.
            Recorder probes = new Recorder();
            Http probeHttp = new Http(base, keycloak, probes, sql);
            if (sql != null) {
                sql.exclusive(true);
            }
            probe(probeHttp, sample, number("samples"));
            if (sql != null) {
                sql.exclusive(false);
            }
            Result result = new Result(n, seedSeconds, added, app.startupSeconds, app.rssAtReadyKb, rssAfter, load, probes,
                    single, driver.completions.get(), driver.trajectories.get(), elapsed / 1e9, cpu, statements, failures,
                    loadBefore, loadAfter);
            print(result);
            return result;
        }
    }

    private void probe(Http http, java.util.UUID sample, int samples) {
        Http.Browser coordinator = http.browser("coordinator");
        coordinator.page("/werkruimte", null);
        Http.Browser resident = http.browser("resident1");
        resident.page("/portaal", null);
        // The manager's portfolio (issue 11): every seeded trajectory is in the manager's organisation. The first
        // call computes the facts the reports keep of whatever the drain has not reached yet.
        Http.Browser manager = http.browser(DemoUsers.MANAGER);
        manager.page("/rapportages", null);
        http.get(DemoUsers.MANAGER, "/api/v1/reports/portfolio", null);
        for (int i = 0; i < samples; i++) {
            http.get("coordinator", "/api/v1/tasks", "GET /api/v1/tasks (coordinator, all)");
            http.get("coordinator", "/api/v1/trajectories", "GET /api/v1/trajectories (coordinator, first page)");
            if (sample != null) {
                http.get("coordinator", "/api/v1/trajectories/" + sample, "GET /api/v1/trajectories/{id}");
                http.get("coordinator", "/api/v1/trajectories/" + sample + "/inputs", "GET /api/v1/trajectories/{id}/inputs");
                http.get("coordinator", "/api/v1/trajectories/" + sample + "/successes",
                        "GET /api/v1/trajectories/{id}/successes");
                http.get("coordinator", "/api/v1/trajectories/" + sample + "/support-requests",
                        "GET /api/v1/trajectories/{id}/support-requests");
            }
            coordinator.page("/werkruimte", "GET /werkruimte (coordinator inbox page)");
            resident.page("/portaal", "GET /portaal (resident1 home page)");
            http.get(DemoUsers.MANAGER, "/api/v1/reports/portfolio", "GET /api/v1/reports/portfolio (manager, all)");
            manager.page("/rapportages", "GET /rapportages (manager portfolio page)");
        }
    }

    private double engineAlone(int users, Path out) throws Exception {
        String database = "participation_bench_engine";
        createDatabase(database);
        double seconds = Double.parseDouble(options.get("engine-seconds"));
        log("Engine alone: the same BPMN, no-op delegates, " + users + " threads for " + seconds + " s on " + database);
        try (EngineAlone engine = new EngineAlone("jdbc:postgresql://127.0.0.1:5432/" + database)) {
            engine.run(users, System.nanoTime() + (long) (Math.min(10, seconds) * 1e9)); // warm-up
            long completionsBefore = engine.completions.get();
            long trajectoriesBefore = engine.trajectories.get();
            String loadBefore = loadAverage();
            long elapsed = engine.run(users, System.nanoTime() + (long) (seconds * 1e9));
            String loadAfter = loadAverage();
            long completions = engine.completions.get() - completionsBefore;
            double rate = completions / (elapsed / 1e9);
            line("");
            line("## Engine alone (ceiling)");
            line("");
            line(String.format(Locale.ROOT, "%d threads, %.0f s: %d completions, %d trajectories; **%.1f completions/s**, "
                    + "%.2f trajectories/s; %d failed%s", users, elapsed / 1e9, completions,
                    engine.trajectories.get() - trajectoriesBefore, rate,
                    (engine.trajectories.get() - trajectoriesBefore) / (elapsed / 1e9), engine.failures.get(),
                    engine.firstFailure == null ? "" : " (first: " + engine.firstFailure + ")"));
            line("Machine load average (1/5/15 min) before: " + loadBefore + ", after: " + loadAfter
                    + ". History level full, as the product; the engine's own pooled DataSource, 10 connections.");
            return rate;
        }
    }

    private void print(Result r) {
        line("");
        line("## N = " + r.n() + " trajectories (coordinator `coordinator` coordinates all of them)");
        line("");
        line(String.format(Locale.ROOT, "- seeding: %s", r.seeded() == 0 ? "reused the seeded database"
                : String.format(Locale.ROOT, "%d trajectories in %.1f s (%.0f/s)", r.seeded(), r.seedSeconds(),
                        r.seeded() / r.seedSeconds())));
        line(String.format(Locale.ROOT, "- start-up to ready: %.1f s; RSS at ready %d MB, after the load %d MB",
                r.startup(), r.rssReadyKb() / 1024, r.rssAfterKb() / 1024));
        line(String.format(Locale.ROOT, "- load: %d completions, %d whole trajectories in %.1f s: **%.1f completions/s**, "
                + "%.2f trajectories/s", r.completions(), r.trajectories(), r.loadSeconds(),
                r.completions() / r.loadSeconds(), r.trajectories() / r.loadSeconds()));
        if (r.completions() > 0) {
            line(String.format(Locale.ROOT, "- application CPU per completion: %.1f ms (all CPU of the JVM during the "
                    + "load, reads around each completion included, divided by completions)", r.cpuSeconds() * 1000 / r.completions()));
            if (r.statements() >= 0) {
                line(String.format(Locale.ROOT, "- SQL statements during the load: %d, %.0f per completion (all "
                        + "statements of the application, reads around each completion included)", r.statements(),
                        (double) r.statements() / r.completions()));
            }
        }
        line("- machine load average (1/5/15 min; 2 cores shared with other work) before the load: " + r.loadBefore()
                + ", after: " + r.loadAfter());
        line("- the application's JVM options: " + (options.get("app-java-opts").isBlank() ? "(none)" : options.get("app-java-opts")));
        line("- users stop taking new trajectories after " + options.get("minutes") + " min and finish the one they are in");
        if (!r.failures().isEmpty()) {
            line("- trajectories that failed: " + r.failures());
        }
        line("");
        line("Under load (" + options.get("users") + " users at once):");
        line("");
        table(r.load(), null);
        line("");
        line("One request at a time (lists and inbox after the load; SQL = statements the request ran):");
        line("");
        table(r.probes(), r.probes());
        line("");
        line("One trajectory driven alone (warm-up), SQL statements per request:");
        line("");
        table(r.single(), r.single());
        line("");
        line("Status codes under load: " + r.load().statusCounts());
    }

    private void table(Recorder recorder, Recorder sql) {
        line("| endpoint | n | p50 ms | p95 ms | max ms |" + (sql != null ? " SQL/request (median) |" : ""));
        line("|---|---|---|---|---|" + (sql != null ? "---|" : ""));
        recorder.latencies().forEach((label, values) -> {
            String statements = "";
            if (sql != null) {
                List<Long> counts = sql.statementCounts().getOrDefault(label, List.of());
                List<Double> asDouble = counts.stream().map(Long::doubleValue).toList();
                statements = counts.isEmpty() ? " – |" : String.format(Locale.ROOT, " %.0f |", Recorder.percentile(asDouble, 50));
            }
            line(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |%s", label, values.size(),
                    Recorder.percentile(values, 50), Recorder.percentile(values, 95), Recorder.percentile(values, 100),
                    statements));
        });
    }

    private void summary(double engineRate) {
        line("");
        line("## Summary and the targets of issue 10");
        line("");
        line("| N | completions/s | engine alone /s | ratio (target ≥ 50 %) | completion p95 ms (target < 50) "
                + "| GET /api/v1/tasks p95 (< 50) | trajectories p95 (< 50) | inputs / successes / support p95 (< 50) "
                + "| inbox p95 ms (< 150) | CPU ms/completion | start-up s | RSS ready / after MB "
                + "| portfolio API / page p95 ms (issue 11, < 300) |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            double rate = r.completions() / r.loadSeconds();
            Map<String, List<Double>> load = r.load().latencies();
            Map<String, List<Double>> probes = r.probes().latencies();
            line(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.0f %% | %s | %s | %s | %s / %s / %s | %s | %.1f | %.1f | %d / %d | %s / %s |",
                    r.n(), rate, engineRate, 100 * rate / engineRate, p95(load, Driver.COMPLETE),
                    p95(probes, "GET /api/v1/tasks (coordinator, all)"),
                    p95(probes, "GET /api/v1/trajectories (coordinator, first page)"),
                    p95(probes, "GET /api/v1/trajectories/{id}/inputs"), p95(probes, "GET /api/v1/trajectories/{id}/successes"),
                    p95(probes, "GET /api/v1/trajectories/{id}/support-requests"),
                    p95(probes, "GET /werkruimte (coordinator inbox page)"),
                    r.completions() == 0 ? Double.NaN : r.cpuSeconds() * 1000 / r.completions(), r.startup(),
                    r.rssReadyKb() / 1024, r.rssAfterKb() / 1024,
                    p95(probes, "GET /api/v1/reports/portfolio (manager, all)"),
                    p95(probes, "GET /rapportages (manager portfolio page)")));
        }
        line("");
        line("Figures, not verdicts: measured on a shared machine (other engineers' builds and tests may run at the "
                + "same time); the application runs with the README's defaults plus the statement-counting JDBC driver.");
    }

    private static String p95(Map<String, List<Double>> latencies, String label) {
        List<Double> values = latencies.get(label);
        return values == null || values.isEmpty() ? "–" : String.format(Locale.ROOT, "%.0f", Recorder.percentile(values, 95));
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    /** The machine's load averages (1, 5, 15 min) from /proc/loadavg: other work shares these cores. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        }
        catch (IOException ex) {
            return "?";
        }
    }

    private static void log(String text) {
        System.out.println("[bench] " + text);
    }

    private static void createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                ResultSet exists = connection.createStatement()
                        .executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (!exists.next()) {
                connection.createStatement().execute("create database " + name);
            }
        }
    }

    static void ignore(IOException ex) {
    }
}
