package nl.participationsuite.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as an operator runs it: the repackaged jar ({@code participation-web-*.jar}, built
 * in the package phase before the integration tests) started with {@code java -jar} in a process of
 * its own, configured only by environment variables, on the test database and the test Keycloak.
 * Its output goes to {@code target/nodes/<name>.log}; its database connections carry its name as
 * {@code application_name}. Stopped when the test says so, and when the
 * test JVM ends in any case.
 */
public final class ApplicationNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;

    private final int port;

    private final Path log;

    private final Process process;

    private ApplicationNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts a node on a free port with the given environment on top of the test's: the database,
     * Keycloak and its client secret, small connection pool, no rate limits; {@code arguments} after
     * the jar (a command such as {@code migrate}). Does not wait: see {@link #awaitReady()} and
     * {@link #awaitExit()}.
     */
    public static ApplicationNode start(String name, Map<String, String> environment, String... arguments) {
        int port = LocalPorts.free();
        PostgresTestDatabase.Coordinates database = PostgresTestDatabase.coordinates();
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-jar", jar().toString()));
        command.addAll(List.of(arguments));
        try {
            Path log = Files.createDirectories(Path.of("target", "nodes")).resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("PARTICIPATION_PORT", String.valueOf(port));
            env.put("PARTICIPATION_DB_URL", database.url());
            env.put("PARTICIPATION_DB_USERNAME", database.username());
            env.put("PARTICIPATION_DB_PASSWORD", database.password() == null ? "" : database.password());
            env.put("PARTICIPATION_DB_POOL_SIZE", "5");
            env.put("PARTICIPATION_KEYCLOAK_ISSUER_URI", KeycloakTestServer.issuerUri());
            env.put("PARTICIPATION_KEYCLOAK_CLIENT_SECRET", KeycloakTestServerInitializer.DEV_CLIENT_SECRET);
            env.put("PARTICIPATION_RATE_LIMITS", "false");
            env.putAll(environment);
            // the node's name on its database connections (pg_stat_activity.application_name)
            String url = env.get("PARTICIPATION_DB_URL");
            env.put("PARTICIPATION_DB_URL", url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + name);
            Process process = builder.start();
            ApplicationNode node = new ApplicationNode(name, port, log, process);
            Runtime.getRuntime().addShutdownHook(new Thread(node::kill, "stop-" + name));
            return node;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start " + name, ex);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /** Waits until the node reports itself ready (database and Keycloak reachable). */
    public void awaitReady() {
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue() + "); see " + log.toAbsolutePath());
            }
            try {
                if (HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
                Thread.sleep(500);
            }
            catch (IOException ex) {
                // not listening yet
                pauseBriefly();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, ex);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + "; see " + log.toAbsolutePath());
    }

    /** Waits for a command to end (as {@link #awaitReady()} waits for a node to start); answers its exit status. */
    public int awaitExit() {
        try {
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                kill();
                throw new IllegalStateException(name + " did not end within " + START_TIMEOUT + "; see " + log.toAbsolutePath());
            }
            return process.exitValue();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, ex);
        }
    }

    /** What the node wrote so far. */
    public String output() {
        try {
            return Files.readString(log);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Ends the node as {@code kill -9} does: no shutdown of any kind, its connections simply drop. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitFor();
    }

    /** Stops the node as an orchestrator does (SIGTERM, graceful shutdown), forcibly after half a minute. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private void waitFor() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path jar() {
        String jar = System.getProperty("participation.test.app-jar");
        if (jar == null) {
            throw new IllegalStateException("System property participation.test.app-jar is not set: run the integration "
                    + "tests through Maven (./mvnw verify), which builds the jar and sets it");
        }
        Path path = Path.of(jar);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("No application jar at " + path + ": the package phase builds it");
        }
        return path;
    }

    private static void pauseBriefly() {
        try {
            Thread.sleep(500);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

}
