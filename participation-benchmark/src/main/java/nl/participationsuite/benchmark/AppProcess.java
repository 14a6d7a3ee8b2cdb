package nl.participationsuite.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real application (participation-web's Spring Boot jar) as a child process with the README's
 * default settings, against a benchmark database and Keycloak. Its JDBC URL goes through the
 * benchmark's statement-counting driver (added with Spring Boot's PropertiesLauncher
 * {@code loader.path}; nothing else changes). Start-up is measured from the process start to
 * {@code /actuator/health/readiness} answering UP; RSS (VmRSS) and CPU time come from /proc.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;

    final double startupSeconds;

    final long rssAtReadyKb;

    AppProcess(Path appJar, String javaOptions, Path sqlCountJar, Path sqlCountFile, String database, int port,
            String issuer, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // The JVM options the product starts with (deploy/local/app.sh), so that memory is measured as shipped.
        for (String option : javaOptions.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        String url = "jdbc:postgresql://127.0.0.1:5432/" + database;
        if (sqlCountJar != null) {
            command.add("-Dloader.path=" + sqlCountJar.toAbsolutePath());
            command.add("-DSQL_COUNT_FILE=" + sqlCountFile.toAbsolutePath());
            command.addAll(List.of("-cp", appJar.toAbsolutePath().toString(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher",
                    "--spring.datasource.driver-class-name=nl.participationsuite.benchmark.sqlcount.CountingDriver"));
            url = "jdbc:counting:postgresql://127.0.0.1:5432/" + database;
        }
        else {
            command.addAll(List.of("-jar", appJar.toAbsolutePath().toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("PARTICIPATION_DB_URL", url);
        builder.environment().put("PARTICIPATION_DB_USERNAME", "postgres");
        builder.environment().put("PARTICIPATION_PORT", String.valueOf(port));
        builder.environment().put("PARTICIPATION_KEYCLOAK_ISSUER_URI", issuer);
        builder.environment().put("PARTICIPATION_DEMO_DATA", "false");
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2"); // as deploy/local/app.sh starts it
        long start = System.nanoTime();
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly)); // never leave it running
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting; see " + log);
            }
            if (System.nanoTime() - start > Duration.ofMinutes(5).toNanos()) {
                close();
                throw new IllegalStateException("the application was not ready within 5 minutes; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    break;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        startupSeconds = (System.nanoTime() - start) / 1e9;
        rssAtReadyKb = rssKb();
    }

    long pid() {
        return process.pid();
    }

    /** VmRSS of the application, in kB. */
    long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** User + system CPU time of the application's process, in seconds (clock ticks of 1/100 s). */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the name: state(0) ppid(1) ... utime is field 14 of the whole line, index 11 here
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return (utime + stime) / 100.0;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
