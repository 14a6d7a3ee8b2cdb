package nl.participationsuite.deploy;

import static nl.participationsuite.deploy.YamlFiles.at;
import static nl.participationsuite.deploy.YamlFiles.map;
import static nl.participationsuite.deploy.YamlFiles.mapAt;
import static nl.participationsuite.deploy.YamlFiles.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * deploy/docker-compose.yml and the image it builds: the Compose specification (Compose v2), a health check
 * for every service and a wait for health before a service starts, two application nodes behind a proxy
 * without session affinity, only settings the application knows; the image non-root, layered, with a
 * health check.
 */
class ComposeFileTests {

    private static final Path COMPOSE = YamlFiles.DEPLOY.resolve("docker-compose.yml");
    private static final Path DOCKERFILE = YamlFiles.DEPLOY.resolve("docker/Dockerfile");
    private static final Path PROXY_CONFIG = YamlFiles.DEPLOY.resolve("docker/nginx.conf");

    private static Map<String, Object> services() {
        return mapAt(YamlFiles.document(COMPOSE), "services");
    }

    /** The services that run the application: built from its Dockerfile. */
    private static List<String> applicationNodes() {
        List<String> nodes = new ArrayList<>();
        services().forEach((name, service) -> {
            if ("deploy/docker/Dockerfile".equals(string(service, "build.dockerfile"))) {
                nodes.add(name);
            }
        });
        return nodes;
    }

    @Test
    void usesTheComposeSpecificationWithoutTheVersionKeyOfComposeV1() throws IOException {
        assertThat(YamlFiles.document(COMPOSE)).doesNotContainKey("version").containsKeys("name", "services");
        assertThat(Files.readString(COMPOSE)).contains("Compose v2");
    }

    @Test
    void everyServiceHasAHealthCheckAndWaitsForTheHealthOfWhatItNeeds() throws IOException {
        boolean imageHasHealthCheck = Files.readString(DOCKERFILE).lines().anyMatch(line -> line.startsWith("HEALTHCHECK "));
        services().forEach((name, service) -> {
            boolean builtHere = applicationNodes().contains(name);
            assertThat(at(service, "healthcheck") != null || builtHere && imageHasHealthCheck)
                    .as("%s has a health check", name).isTrue();
            mapAt(service, "depends_on").forEach((dependency, condition) -> {
                assertThat(services()).as("%s depends on a service of this file", name).containsKey(dependency);
                assertThat(string(condition, "condition")).as("%s waits for %s", name, dependency)
                        .isEqualTo("service_healthy");
            });
        });
    }

    @Test
    void twoApplicationNodesServeBehindAProxyWithoutAffinity() throws IOException {
        List<String> nodes = applicationNodes();
        int replicas = nodes.stream()
                .mapToInt(node -> at(services().get(node), "deploy.replicas") instanceof Integer count ? count : 1).sum();
        assertThat(replicas).isGreaterThanOrEqualTo(2);
        // Only the proxy is published on the application's port; the nodes are reached through it.
        Map<String, Object> proxy = map(services().get("proxy"), "proxy");
        assertThat((List<?>) proxy.get("ports")).anySatisfy(port -> assertThat(port.toString()).endsWith(":8080"));
        nodes.forEach(node -> assertThat(at(services().get(node), "ports")).as(node).isNull());
        assertThat(mapAt(proxy, "depends_on")).containsKeys(nodes.toArray(String[]::new));
        assertThat((List<?>) proxy.get("volumes")).anySatisfy(volume -> assertThat(volume.toString())
                .startsWith("./docker/nginx.conf:"));

        String config = Files.readString(PROXY_CONFIG).replaceAll("(?m)#.*$", "");
        Matcher upstream = Pattern.compile("upstream\\s+\\w+\\s*\\{([^}]*)}").matcher(config);
        assertThat(upstream.find()).as("an upstream block").isTrue();
        List<String> servers = new ArrayList<>();
        Matcher server = Pattern.compile("server\\s+([\\w.-]+):8080").matcher(upstream.group(1));
        while (server.find()) {
            servers.add(server.group(1));
        }
        assertThat(servers).containsExactlyInAnyOrderElementsOf(nodes);
        assertThat(upstream.group(1)).doesNotContain("ip_hash").doesNotContain("hash ").doesNotContain("sticky");
        // The nodes read the browser's address from these (PARTICIPATION_FORWARD_HEADERS=native).
        assertThat(config).contains("X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Port");
        nodes.forEach(node -> assertThat(string(services().get(node), "environment.PARTICIPATION_FORWARD_HEADERS"))
                .isEqualTo("native"));
    }

    @Test
    void theNodesSetOnlySettingsTheReadmeDocuments() {
        for (String node : applicationNodes()) {
            assertThat(Readme.environmentVariables()).as("README, Configuration")
                    .containsAll(mapAt(services().get(node), "environment").keySet());
        }
    }

    @Test
    void theImageIsLayeredRunsAsAUserAndChecksItsReadiness() throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        int lastStage = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("FROM ")) {
                lastStage = i;
            }
        }
        List<String> runtime = lines.subList(lastStage, lines.size());
        assertThat(runtime.get(0)).contains("-jre");
        assertThat(runtime).anySatisfy(line -> assertThat(line).matches("USER (?!root\\b|0\\b)\\S+"));
        assertThat(String.join("\n", lines)).contains("-Djarmode=tools").contains("extract");
        assertThat(runtime).anySatisfy(line -> assertThat(line).startsWith("COPY --from=build /extracted/lib"));
        String healthCheck = String.join("\n", runtime).replace("\\\n", " ");
        assertThat(healthCheck).containsPattern("(?m)^HEALTHCHECK .*--start-period=\\d+s.*CMD .*/readyz");
    }
}
