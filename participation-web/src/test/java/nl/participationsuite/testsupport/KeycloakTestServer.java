package nl.participationsuite.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

/**
 * The real Keycloak the integration tests log in against, with the development realm
 * ({@code deploy/keycloak/dev/participation-realm.json}) imported; one per test JVM, shared by
 * every test class in it. In order of preference:
 * <ol>
 *   <li>{@code PARTICIPATION_TEST_KEYCLOAK_URL}: a running Keycloak with that realm, used as it is;</li>
 *   <li>a Testcontainers Keycloak where a Docker engine is reachable;</li>
 *   <li>the official distribution, unpacked by the build, started on free ports on 127.0.0.1 with
 *       an in-memory store, and stopped when the JVM ends.</li>
 * </ol>
 */
public final class KeycloakTestServer {

    public static final String REALM = "participation";

    private static final String IMAGE = "quay.io/keycloak/keycloak:" + System.getProperty("participation.test.keycloak.version", "26.5.6");

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private static String baseUrl;

    private KeycloakTestServer() {
    }

    /** The realm's issuer, e.g. {@code http://127.0.0.1:39123/realms/participation}. */
    public static String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** Keycloak's base address, started on first use. */
    public static synchronized String baseUrl() {
        if (baseUrl == null) {
            baseUrl = start();
        }
        return baseUrl;
    }

    private static String start() {
        String explicit = PostgresTestDatabase.setting("PARTICIPATION_TEST_KEYCLOAK_URL", null);
        if (explicit != null) {
            return explicit.replaceAll("/+$", "");
        }
        Path realmFile = Path.of(required("participation.test.keycloak.realm-file"));
        if (PostgresTestDatabase.DockerSupport.useDocker()) {
            return startContainer(realmFile);
        }
        return startDistribution(realmFile);
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM ends
    private static String startContainer(Path realmFile) {
        GenericContainer<?> keycloak = new GenericContainer<>(IMAGE)
                .withCopyFileToContainer(MountableFile.forHostPath(realmFile), "/opt/keycloak/data/import/participation-realm.json")
                // deploy/keycloak/themes, next to the realm's folder: the login theme the realm names
                .withCopyFileToContainer(MountableFile.forHostPath(realmFile.toAbsolutePath().getParent().getParent()
                        .resolve("themes/participatie-suite")), "/opt/keycloak/themes/participatie-suite")
                .withCommand("start-dev", "--import-realm", "--health-enabled=true")
                // the development administrator, as start-keycloak.sh sets it (KeycloakAdmin logs in as it)
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                .withExposedPorts(8080, 9000)
                .waitingFor(Wait.forHttp("/health/ready").forPort(9000).withStartupTimeout(START_TIMEOUT));
        keycloak.start();
        return "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8080);
    }

    private static String startDistribution(Path realmFile) {
        Path home = Path.of(required("participation.test.keycloak.home"));
        Path script = Path.of(required("participation.test.keycloak.start-script"));
        int httpPort = LocalPorts.free();
        int managementPort = LocalPorts.free();
        try {
            Path log = Files.createTempFile("keycloak-test-", ".log");
            Process process = new ProcessBuilder("bash", script.toString(), home.toString(), realmFile.toString(),
                    String.valueOf(httpPort), String.valueOf(managementPort), "dev-mem")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "keycloak-test-server-stop"));
            awaitReady(process, "http://127.0.0.1:" + managementPort + "/health/ready", log.toFile());
            return "http://127.0.0.1:" + httpPort;
        }
        catch (IOException ex) {
            throw new IllegalStateException("Could not start Keycloak from " + home, ex);
        }
    }

    private static void awaitReady(Process process, String healthUrl, File log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(healthUrl)).timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log);
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            }
            catch (IOException ex) {
                // not listening yet
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", ex);
            }
            sleep(Duration.ofMillis(500));
        }
        stop(process);
        throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT + "; see " + log);
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property
                    + " is not set: run the integration tests through Maven (./mvnw verify), which sets it");
        }
        return value;
    }
}
