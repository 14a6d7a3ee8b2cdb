package nl.participationsuite.deploy;

import static nl.participationsuite.deploy.Kustomization.find;
import static nl.participationsuite.deploy.Kustomization.ofKind;
import static nl.participationsuite.deploy.Kustomization.podSpec;
import static nl.participationsuite.deploy.YamlFiles.at;
import static nl.participationsuite.deploy.YamlFiles.listAt;
import static nl.participationsuite.deploy.YamlFiles.mapAt;
import static nl.participationsuite.deploy.YamlFiles.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests in deploy/k8s, as the base and as the production overlay renders them: what an
 * operations team relies on (probes, resources, replicas, a disruption budget, non-root pods, the migration
 * Job, placeholders only in committed Secrets) and what must agree with the application (its environment
 * variables, as the README documents them) and with the production realm.
 */
class KubernetesManifestsTests {

    private static final Path K8S = YamlFiles.DEPLOY.resolve("k8s");
    private static final Path BASE = K8S.resolve("base");
    private static final Path PRODUCTION = K8S.resolve("overlays/production");
    private static final String PLACEHOLDER = "REPLACE_ME";

    static Stream<Path> renderings() {
        return Stream.of(BASE, PRODUCTION);
    }

    private static List<Map<String, Object>> workloads(List<Map<String, Object>> resources) {
        List<Map<String, Object>> workloads = new ArrayList<>(ofKind(resources, "Deployment"));
        workloads.addAll(ofKind(resources, "Job"));
        return workloads;
    }

    private static Map<String, Object> application(List<Map<String, Object>> resources) {
        return find(resources, "Deployment", "participation");
    }

    private static Map<String, Object> container(Map<String, Object> workload) {
        List<Map<String, Object>> containers = listAt(podSpec(workload), "containers");
        assertThat(containers).as("containers of %s", string(workload, "metadata.name")).hasSize(1);
        return containers.get(0);
    }

    private static String env(Map<String, Object> container, String name) {
        return listAt(container, "env").stream().filter(variable -> name.equals(variable.get("name")))
                .map(variable -> string(variable, "value")).findFirst().orElse(null);
    }

    /**
     * The rendering holds every kind of resource the product needs, and is written to
     * deploy/target/k8s/(base|production).json for deploy/local/test.sh's schema check (deploy/k8s/validate.mjs).
     */
    @ParameterizedTest
    @MethodSource("renderings")
    void theRenderingHoldsEveryPartAndIsWrittenForTheSchemaCheck(Path folder) throws IOException {
        List<Map<String, Object>> resources = Kustomization.render(folder);
        assertThat(resources).extracting(resource -> resource.get("kind")).contains("Deployment", "Job", "Service",
                "Ingress", "PodDisruptionBudget", "ConfigMap", "Secret", "Keycloak", "KeycloakRealmImport", "Cluster",
                "ScheduledBackup");
        assertThat(resources).allSatisfy(resource -> assertThat(string(resource, "metadata.name")).isNotBlank());
        Path rendered = YamlFiles.DEPLOY.resolve("target/k8s/" + folder.getFileName() + ".json");
        Files.createDirectories(rendered.getParent());
        new ObjectMapper().writeValue(rendered.toFile(), resources);
    }

    /**
     * The checks here read the manifests as {@link Kustomization} renders them; where kubectl is installed,
     * its Kustomize renders them the same (elsewhere this is skipped, except under CI, which requires kubectl).
     */
    @ParameterizedTest
    @MethodSource("renderings")
    void theRenderingIsWhatKustomizeRendersWhereKubectlIsInstalled(Path folder) throws Exception {
        Path kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst().orElse(null);
        if (Boolean.parseBoolean(System.getenv("PARTICIPATION_REQUIRE_KUBECTL"))) {
            // CI (.ci/run) asks for the comparison: a machine without kubectl fails here instead of skipping it.
            assertThat(kubectl).as("kubectl on the PATH (PARTICIPATION_REQUIRE_KUBECTL=true)").isNotNull();
        }
        Assumptions.assumeTrue(kubectl != null, "kubectl is not installed");
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("kubectl kustomize %s", folder).isZero();
        List<Object> kustomized = new ArrayList<>();
        new org.yaml.snakeyaml.Yaml().loadAll(output).forEach(document -> {
            if (document != null) {
                kustomized.add(document);
            }
        });
        ObjectMapper json = new ObjectMapper();
        java.util.Comparator<Object> byKindAndName = java.util.Comparator.comparing(
                resource -> string(resource, "kind") + "/" + string(resource, "metadata.name"));
        List<Object> rendered = new ArrayList<>(Kustomization.render(folder));
        rendered.sort(byKindAndName);
        kustomized.sort(byKindAndName);
        assertThat((Object) json.valueToTree(rendered)).isEqualTo(json.valueToTree(kustomized));
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void everyDeploymentHasStartupReadinessAndLivenessProbesOnTheMainPort(Path folder) {
        List<Map<String, Object>> deployments = ofKind(Kustomization.render(folder), "Deployment");
        assertThat(deployments).isNotEmpty();
        for (Map<String, Object> deployment : deployments) {
            Map<String, Object> container = container(deployment);
            // The main port's probe paths: with a management port of its own (the manifests set one), the
            // main port serves no /actuator, but always /readyz and /livez.
            assertThat(string(container, "readinessProbe.httpGet.path")).isEqualTo("/readyz");
            assertThat(string(container, "livenessProbe.httpGet.path")).isEqualTo("/livez");
            assertThat(string(container, "startupProbe.httpGet.path")).isEqualTo("/livez");
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertThat(string(container, probe + ".httpGet.port")).as(probe).isEqualTo("http");
            }
            // Liquibase's check and the engine's start take tens of seconds: the start-up probe waits minutes.
            int startupSeconds = (Integer) at(container, "startupProbe.periodSeconds")
                    * (Integer) at(container, "startupProbe.failureThreshold");
            assertThat(startupSeconds).isGreaterThanOrEqualTo(180);
            Map<String, Integer> ports = new java.util.HashMap<>();
            listAt(container, "ports").forEach(port -> ports.put(string(port, "name"), (Integer) port.get("containerPort")));
            assertThat(ports).containsEntry("http", 8080).containsKey("management");
        }
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void everyContainerHasResourceRequestsAndLimits(Path folder) {
        for (Map<String, Object> workload : workloads(Kustomization.render(folder))) {
            Map<String, Object> resources = mapAt(container(workload), "resources");
            assertThat(mapAt(resources, "requests")).as(string(workload, "metadata.name")).containsKeys("cpu", "memory");
            assertThat(mapAt(resources, "limits")).as(string(workload, "metadata.name")).containsKeys("cpu", "memory");
            // The JVM's heap is fixed: memory given is memory kept, so the request is the limit.
            assertThat(at(resources, "requests.memory")).isEqualTo(at(resources, "limits.memory"));
        }
    }

    @Test
    void theApplicationsMemoryHoldsItsHeapWithRoomForTheRest() {
        Map<String, Object> container = container(application(Kustomization.render(PRODUCTION)));
        Matcher heap = Pattern.compile("-Xmx(\\d+)m").matcher(env(container, "JAVA_OPTS"));
        assertThat(heap.find()).as("JAVA_OPTS sets -Xmx").isTrue();
        int heapMb = Integer.parseInt(heap.group(1));
        String limit = string(container, "resources.limits.memory");
        int limitMb = limit.endsWith("Gi") ? Integer.parseInt(limit.replace("Gi", "")) * 1024
                : Integer.parseInt(limit.replace("Mi", ""));
        // README: resident memory after a warm-up was 520 MB with a 320 MB heap, 200 MB beside the heap.
        assertThat(limitMb).isGreaterThanOrEqualTo(heapMb + 300);
    }

    @Test
    void productionRunsTwoOrMoreNodesAndTheBaseToo() {
        assertThat((Integer) at(application(Kustomization.render(BASE)), "spec.replicas")).isGreaterThanOrEqualTo(2);
        Map<String, Object> production = application(Kustomization.render(PRODUCTION));
        assertThat((Integer) at(production, "spec.replicas")).isGreaterThanOrEqualTo(2);
        assertThat(string(production, "metadata.namespace")).isEqualTo("participation");
        assertThat(string(container(production), "image")).doesNotEndWith(":latest");
        assertThat(at(production, "spec.strategy.rollingUpdate.maxUnavailable")).isEqualTo(0);
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void podsRunAsNonRootOnAReadOnlyRootFilesystem(Path folder) {
        for (Map<String, Object> workload : workloads(Kustomization.render(folder))) {
            Map<String, Object> pod = podSpec(workload);
            assertThat(at(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
            assertThat((Integer) at(pod, "securityContext.runAsUser")).isPositive();
            Map<String, Object> container = container(workload);
            assertThat(at(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
            assertThat(at(container, "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
            assertThat(at(container, "securityContext.capabilities.drop")).isEqualTo(List.of("ALL"));
            // Tomcat writes to /tmp: a volume of its own, since the root filesystem is read-only.
            assertThat(listAt(container, "volumeMounts")).anySatisfy(mount -> assertThat(mount.get("mountPath")).isEqualTo("/tmp"));
        }
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void aDisruptionBudgetKeepsOneOfTheApplicationsPodsServing(Path folder) {
        List<Map<String, Object>> resources = Kustomization.render(folder);
        Map<String, Object> deployment = application(resources);
        Map<String, Object> podLabels = mapAt(deployment, "spec.template.metadata.labels");
        List<Map<String, Object>> budgets = ofKind(resources, "PodDisruptionBudget").stream()
                .filter(budget -> podLabels.entrySet().containsAll(mapAt(budget, "spec.selector.matchLabels").entrySet()))
                .toList();
        assertThat(budgets).hasSize(1);
        Map<String, Object> budget = budgets.get(0);
        assertThat(mapAt(budget, "spec.selector.matchLabels")).isNotEmpty();
        assertThat((Integer) at(budget, "spec.minAvailable")).isBetween(1, (Integer) at(deployment, "spec.replicas") - 1);
        // The Service sends traffic to the same pods, and only to them (not to the migration Job's).
        Map<String, Object> service = find(resources, "Service", "participation");
        assertThat(mapAt(service, "spec.selector")).isEqualTo(mapAt(deployment, "spec.selector.matchLabels"));
        assertThat(podLabels.entrySet()).containsAll(mapAt(service, "spec.selector").entrySet());
        Map<String, Object> migration = find(resources, "Job", "participation-migrate");
        assertThat(mapAt(migration, "spec.template.metadata.labels").entrySet())
                .doesNotContainAnyElementsOf(Set.of(Map.entry("app.kubernetes.io/component", "app")));
    }

    @Test
    void theServiceNamesTheHttpAndManagementPortsWithoutAffinityAndTheIngressRoutesOnlyHttpOverTls() {
        List<Map<String, Object>> resources = Kustomization.render(PRODUCTION);
        Map<String, Object> service = find(resources, "Service", "participation");
        assertThat(listAt(service, "spec.ports")).extracting(port -> port.get("targetPort"))
                .containsExactlyInAnyOrder("http", "management");
        assertThat(string(service, "spec.sessionAffinity")).isEqualTo("None");
        for (Map<String, Object> ingress : ofKind(resources, "Ingress")) {
            assertThat(mapAt(ingress, "metadata.annotations")).containsKey("cert-manager.io/cluster-issuer");
            Set<Object> tlsHosts = new TreeSet<>();
            listAt(ingress, "spec.tls").forEach(tls -> {
                assertThat(string(tls, "secretName")).isNotBlank();
                tlsHosts.addAll((List<?>) tls.get("hosts"));
            });
            for (Map<String, Object> rule : listAt(ingress, "spec.rules")) {
                assertThat(tlsHosts).contains(rule.get("host"));
                for (Map<String, Object> path : listAt(rule, "http.paths")) {
                    assertThat(string(path, "backend.service.port.name")).isNotEqualTo("management");
                    assertThat(at(path, "backend.service.port.number")).isNotEqualTo(8081);
                }
            }
        }
        // The application's public address is the Ingress's host, over HTTPS.
        Map<String, Object> config = find(resources, "ConfigMap", "participation-config");
        Map<String, Object> ingress = find(resources, "Ingress", "participation");
        assertThat(string(config, "data.PARTICIPATION_BASE_URL"))
                .isEqualTo("https://" + at(listAt(ingress, "spec.rules").get(0), "host"));
        assertThat(string(config, "data.PARTICIPATION_SECURE_COOKIES")).isEqualTo("true");
        assertThat(string(config, "data.PARTICIPATION_FORWARD_HEADERS")).isEqualTo("native");
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void everyEnvironmentVariableSetIsOneTheReadmeDocuments(Path folder) {
        List<Map<String, Object>> resources = Kustomization.render(folder);
        Set<String> documented = Readme.environmentVariables();
        for (Map<String, Object> workload : workloads(resources)) {
            Map<String, Object> container = container(workload);
            Set<String> names = new TreeSet<>();
            listAt(container, "env").forEach(variable -> names.add(string(variable, "name")));
            for (Map<String, Object> source : listAt(container, "envFrom")) {
                names.addAll(mapAt(find(resources, "ConfigMap", string(source, "configMapRef.name")), "data").keySet());
            }
            assertThat(names).as("environment of %s", string(workload, "metadata.name")).isNotEmpty();
            assertThat(documented).as("README, Configuration").containsAll(names);
        }
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void theJobRunsTheMigrationAndTheNodesDoNot(Path folder) {
        List<Map<String, Object>> resources = Kustomization.render(folder);
        Map<String, Object> job = find(resources, "Job", "participation-migrate");
        Map<String, Object> migrate = container(job);
        Map<String, Object> node = container(application(resources));
        assertThat(env(migrate, "PARTICIPATION_MIGRATE_ONLY")).isEqualTo("true");
        assertThat(env(migrate, "PARTICIPATION_MIGRATE_ON_START")).isNull();
        assertThat(env(node, "PARTICIPATION_MIGRATE_ON_START")).isEqualTo("false");
        assertThat(env(node, "PARTICIPATION_MIGRATE_ONLY")).isNull();
        // The same image and the same settings as the nodes, and never run again by itself.
        assertThat(migrate.get("image")).isEqualTo(node.get("image"));
        assertThat(migrate.get("envFrom")).isEqualTo(node.get("envFrom"));
        assertThat(string(podSpec(job), "restartPolicy")).isEqualTo("Never");
        assertThat(migrate).doesNotContainKeys("startupProbe", "readinessProbe", "livenessProbe");
        for (Map<String, Object> variable : listAt(migrate, "env")) {
            if (variable.get("valueFrom") != null) {
                assertThat(listAt(node, "env")).as("the nodes read %s the same way", variable.get("name"))
                        .contains(variable);
            }
        }
    }

    @Test
    void committedSecretsHoldPlaceholdersOnly() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(K8S)) {
            files = walk.filter(path -> path.toString().endsWith(".yaml")).toList();
        }
        int secrets = 0;
        for (Path file : files) {
            for (Map<String, Object> document : YamlFiles.documents(file)) {
                if ("Secret".equals(document.get("kind"))) {
                    secrets++;
                    assertThat(document).as("%s: base64 data hides what it holds", file).doesNotContainKey("data");
                    assertThat(mapAt(document, "stringData").values()).as("%s %s", file, string(document, "metadata.name"))
                            .isNotEmpty().allMatch(PLACEHOLDER::equals);
                }
            }
        }
        assertThat(secrets).isPositive();
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void everySecretKeyAWorkloadReadsExists(Path folder) {
        List<Map<String, Object>> resources = Kustomization.render(folder);
        for (Map<String, Object> workload : workloads(resources)) {
            for (Map<String, Object> variable : listAt(container(workload), "env")) {
                String secret = string(variable, "valueFrom.secretKeyRef.name");
                if (secret == null) {
                    continue;
                }
                String key = string(variable, "valueFrom.secretKeyRef.key");
                if (secret.endsWith("-app")) {
                    // CloudNativePG makes <cluster>-app for the owner of the database it bootstraps.
                    Map<String, Object> cluster = find(resources, "Cluster", secret.substring(0, secret.length() - 4));
                    assertThat(string(cluster, "spec.bootstrap.initdb.owner")).isNotBlank();
                    assertThat(key).isIn("username", "password");
                } else {
                    assertThat(mapAt(find(resources, "Secret", secret), "stringData")).containsKey(key);
                }
            }
        }
    }

    @Test
    void theDatabasesAreBackedUpEveryNightWithTheirWriteAheadLog() {
        List<Map<String, Object>> resources = Kustomization.render(PRODUCTION);
        Map<String, Object> database = find(resources, "Cluster", "participation-db");
        assertThat((Integer) at(database, "spec.instances")).isGreaterThanOrEqualTo(2);
        Map<String, Object> config = find(resources, "ConfigMap", "participation-config");
        assertThat(string(config, "data.PARTICIPATION_DB_URL"))
                .isEqualTo("jdbc:postgresql://participation-db-rw:5432/" + at(database, "spec.bootstrap.initdb.database"));
        for (Map<String, Object> cluster : ofKind(resources, "Cluster")) {
            String name = string(cluster, "metadata.name");
            Map<String, Object> plugin = listAt(cluster, "spec.plugins").get(0);
            assertThat(plugin.get("isWALArchiver")).as(name).isEqualTo(true);
            Map<String, Object> store = find(resources, "ObjectStore", string(plugin, "parameters.barmanObjectName"));
            assertThat(string(store, "spec.retentionPolicy")).isNotBlank();
            assertThat(ofKind(resources, "ScheduledBackup")).as("a scheduled backup of %s", name)
                    .anySatisfy(backup -> {
                        assertThat(string(backup, "spec.cluster.name")).isEqualTo(name);
                        assertThat(string(backup, "spec.method")).isEqualTo("plugin");
                        assertThat(string(backup, "spec.pluginConfiguration.name")).isEqualTo(plugin.get("name"));
                        assertThat(string(backup, "spec.schedule").split(" ")).hasSize(6);
                    });
        }
        // Nodes x pool during a rolling upgrade (one extra node) stay below max_connections, with room for the
        // migration Job, backups and an operator.
        int nodes = (Integer) at(application(resources), "spec.replicas") + 1;
        int pool = Integer.parseInt(string(config, "data.PARTICIPATION_DB_POOL_SIZE"));
        int maxConnections = Integer.parseInt(string(database, "spec.postgresql.parameters.max_connections"));
        assertThat(nodes * pool + 20).isLessThanOrEqualTo(maxConnections);
    }

    @Test
    void keycloakRunsInProductionModeAndImportsTheProductionRealm() throws IOException {
        List<Map<String, Object>> resources = Kustomization.render(PRODUCTION);
        Map<String, Object> keycloak = find(resources, "Keycloak", "keycloak");
        assertThat((Integer) at(keycloak, "spec.instances")).isGreaterThanOrEqualTo(2);
        assertThat(string(keycloak, "spec.hostname.hostname")).startsWith("https://");
        assertThat(string(keycloak, "spec.image")).startsWith("registry.").doesNotEndWith(":latest");
        assertThat(string(keycloak, "spec.db.vendor")).isEqualTo("postgres");
        find(resources, "Cluster", string(keycloak, "spec.db.host").replace("-rw", ""));
        // Browsers and tokens see the realm at Keycloak's public address; the nodes reach it inside the cluster.
        Map<String, Object> config = find(resources, "ConfigMap", "participation-config");
        assertThat(string(config, "data.PARTICIPATION_KEYCLOAK_ISSUER_URI"))
                .isEqualTo(string(keycloak, "spec.hostname.hostname") + "/realms/participation");
        assertThat(string(config, "data.PARTICIPATION_KEYCLOAK_BACKCHANNEL_URI"))
                .startsWith("http://" + string(keycloak, "metadata.name") + "-service:" + at(keycloak, "spec.http.httpPort") + "/");

        Map<String, Object> realmImport = find(resources, "KeycloakRealmImport", "participation-realm");
        assertThat(string(realmImport, "spec.keycloakCRName")).isEqualTo(string(keycloak, "metadata.name"));
        Path realmFile = YamlFiles.DEPLOY.resolve("keycloak/participation-realm.json");
        ObjectMapper json = new ObjectMapper();
        assertThat((Object) json.valueToTree(at(realmImport, "spec.realm")))
                .as("the realm in keycloak-realm-import.yaml is deploy/keycloak/participation-realm.json")
                .isEqualTo(json.readTree(realmFile.toFile()));
        Set<String> placeholders = new TreeSet<>();
        Matcher placeholder = Pattern.compile("\\$\\{(PARTICIPATION_[A-Z0-9_]+)}").matcher(Files.readString(realmFile));
        while (placeholder.find()) {
            placeholders.add(placeholder.group(1));
        }
        assertThat(mapAt(realmImport, "spec.placeholders").keySet()).isEqualTo(placeholders);
        for (Object source : mapAt(realmImport, "spec.placeholders").values()) {
            assertThat(mapAt(find(resources, "Secret", string(source, "secret.name")), "stringData"))
                    .containsKey(string(source, "secret.key"));
        }
        // The realm's client secret is the application's.
        Map<String, Object> node = container(application(resources));
        assertThat(listAt(node, "env")).anySatisfy(variable -> {
            assertThat(variable.get("name")).isEqualTo("PARTICIPATION_KEYCLOAK_CLIENT_SECRET");
            assertThat(at(variable, "valueFrom.secretKeyRef"))
                    .isEqualTo(at(mapAt(realmImport, "spec.placeholders"), "PARTICIPATION_WEB_CLIENT_SECRET.secret"));
        });
    }

    @Test
    void noManifestRunsKeycloakInDevelopmentMode() throws IOException {
        try (Stream<Path> walk = Files.walk(K8S)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("start-dev");
            }
        }
        assertThat(Files.readString(YamlFiles.DEPLOY.resolve("keycloak/Dockerfile"))).contains("kc.sh build")
                .doesNotContain("start-dev");
    }
}
