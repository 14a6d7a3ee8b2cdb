package nl.participationsuite.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.participationsuite.testsupport.WebIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The platform as it runs: the engine on PostgreSQL, nothing of the engine exposed, health and headers. */
@WebIntegrationTest
class PlatformIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    HealthEndpointGroups healthGroups;

    @ParameterizedTest
    @ValueSource(strings = { "/engine-rest/engine", "/engine-rest/process-definition", "/camunda/app/welcome/default/",
            "/camunda/app/cockpit/default/" })
    void exposesNeitherTheEngineRestApiNorItsWebapps(String path) throws Exception {
        assertThat(get(path, "text/html").statusCode()).isEqualTo(404);
        assertThat(get(path, "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void runsTheEngineOnPostgresWithFullHistoryAndNoSchemaUpdate() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
        assertThat(configuration.getHistory()).isEqualTo(ProcessEngineConfiguration.HISTORY_FULL);
        assertThat(configuration.getDatabaseSchemaUpdate()).isEqualTo(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
    }

    @Test
    void schedulesHistoryCleanupInANightlyWindow() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty();
    }

    @Test
    void givesADefinitionWithoutHistoryTimeToLiveTheConfiguredDefault() {
        BpmnModelInstance withoutTimeToLive = Bpmn.createExecutableProcess("platform-check-without-ttl")
                .startEvent().endEvent().done();
        // The fluent builder fills in 180 days by itself; a modeller's file may have nothing.
        withoutTimeToLive.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                .forEach(process -> process.setCamundaHistoryTimeToLiveString(null));

        Deployment deployment = engine.getRepositoryService().createDeployment()
                .addModelInstance("platform-check-without-ttl.bpmn", withoutTimeToLive).deploy();
        try {
            ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).singleResult();
            assertThat(definition.getHistoryTimeToLive()).isEqualTo(365);
        }
        finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void everyDeployedDefinitionHasAHistoryTimeToLive() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull());
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull());
    }

    @Test
    void deploysADefinitionThatNamesItsHistoryTimeToLive() {
        BpmnModelInstance withTimeToLive = Bpmn.createExecutableProcess("platform-check-with-ttl")
                .camundaHistoryTimeToLive(180).startEvent().endEvent().done();

        Deployment deployment = engine.getRepositoryService().createDeployment()
                .addModelInstance("platform-check-with-ttl.bpmn", withTimeToLive).deploy();
        try {
            ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).singleResult();
            assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);
        }
        finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void answersHealthPubliclyWithStatusOnly() throws Exception {
        HttpResponse<String> health = get("/actuator/health/liveness", "application/json");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<String> readiness = get("/actuator/health/readiness", "application/json");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void readinessIncludesTheDatabaseButNotKeycloak() {
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        // A short outage of the Keycloak every node shares must not take every node out of the load balancer.
        assertThat(healthGroups.get("readiness").isMember("keycloak")).isFalse();
        assertThat(healthGroups.get("liveness").isMember("keycloak")).isFalse();
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        assertThat(get("/actuator/env", "application/json").statusCode()).isIn(302, 401, 404);
        assertThat(get("/actuator/env", "application/json").body()).doesNotContain("spring.datasource");
    }

    @Test
    void sendsSecurityHeadersOnPagesAndApi() throws Exception {
        for (String path : new String[] { "/", "/api/v1/me", "/actuator/health" }) {
            HttpResponse<String> response = get(path, "text/html");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void showsAPlainDutchPageForAPageThatDoesNotExist() throws Exception {
        HttpResponse<String> page = get("/engine-rest/engine", "text/html");

        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("Deze pagina bestaat niet").doesNotContain("Whitelabel", "Exception");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .header("Accept-Language", "nl").build(), HttpResponse.BodyHandlers.ofString());
    }
}
