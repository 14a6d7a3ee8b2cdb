package nl.participationsuite.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.DatabaseFingerprint;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Bad input on every request body of the API, generated from the OpenAPI document, so a new
 * endpoint or property is covered without a new test: for every property that holds a text, a NUL
 * byte and an escape character; for every date and moment, year 1, year -5000 and -290000; for
 * every whole number, a fraction; and a property no record has. Each answers 400 problem+json that
 * names the property, and the product's tables are exactly as before. The typed outcomes a task
 * completion takes are read by the application's own ObjectMapper for every outcome of the
 * document, and sent over HTTP for a real task.
 */
@WebIntegrationTest
class ApiBadInputIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private static final List<String> CONTROL_TEXTS = List.of("Buurt\u0000tuin", "Buurt\u001b[31mtuin");

    private static final List<String> DATES = List.of("0001-01-01", "-5000-01-01", "-290000-01-01");

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper applicationMapper;

    @Autowired
    RuntimeService runtimeService;

    private JsonNode document;

    private DatabaseFingerprint fingerprint;

    /** A property of a request body: its path as the body names it, and its schema. */
    record Leaf(List<Object> path, JsonNode schema) {

        String name() {
            StringBuilder name = new StringBuilder();
            for (Object segment : path) {
                if (segment instanceof Integer index) {
                    name.append('[').append(index).append(']');
                }
                else {
                    name.append(name.isEmpty() ? "" : ".").append(segment);
                }
            }
            return name.toString();
        }

        String type() {
            return schema.path("type").asText();
        }

        String format() {
            return schema.path("format").asText();
        }

        boolean plainText() {
            return type().equals("string") && format().isEmpty() && !schema.has("enum");
        }

        boolean date() {
            return format().equals("date") || format().equals("date-time");
        }

        /** A body holding only this property, with the value. */
        JsonNode bodyWith(JsonNode value) {
            JsonNode node = value;
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i) instanceof Integer) {
                    ArrayNode array = NODES.arrayNode();
                    array.add(node);
                    node = array;
                }
                else {
                    ObjectNode object = NODES.objectNode();
                    object.set((String) path.get(i), node);
                    node = object;
                }
            }
            return node;
        }
    }

    /** One operation with a JSON body. */
    record Operation(String method, String path, JsonNode schema) {
    }

    @BeforeEach
    void readTheDocument() throws Exception {
        if (document == null) {
            HttpResponse<String> answer = ApiCalls.call(port, "GET", "/v3/api-docs", null, null);
            assertThat(answer.statusCode()).isEqualTo(200);
            document = JSON.readTree(answer.body());
            fingerprint = new DatabaseFingerprint(jdbc);
        }
    }

    @TestFactory
    Stream<DynamicTest> refusesBadValuesInEveryPropertyOfEveryRequestBodyNamingItAndStoringNothing() throws Exception {
        readTheDocument();
        String coordinator = token("coordinator");
        String resident = token("resident1");
        String trajectory = ApiCalls.startTrajectory(port, coordinator, "Slechte invoer", "Oost");
        List<DynamicTest> tests = new ArrayList<>();
        List<Operation> operations = operationsWithABody();
        assertThat(operations).as("operations with a JSON body").hasSizeGreaterThan(8);
        for (Operation operation : operations) {
            if (operation.schema().has("anyOf")) {
                continue; // the task outcomes: see the tests below
            }
            String path = concrete(operation.path(), trajectory);
            List<Leaf> leaves = leaves(operation.schema());
            for (Leaf leaf : leaves) {
                for (JsonNode value : badValues(leaf)) {
                    tests.add(DynamicTest.dynamicTest(operation.method() + " " + operation.path() + " " + leaf.name() + " = "
                            + printable(value), () -> assertRefused(operation.method(), path, leaf.bodyWith(value),
                                    leaf.name(), leaf.plainText() ? expectedCode(leaf) : null, coordinator, resident)));
                }
            }
            ObjectNode unknown = NODES.objectNode().put("noSuchProperty", "x");
            tests.add(DynamicTest.dynamicTest(operation.method() + " " + operation.path() + " unknown property",
                    () -> assertRefused(operation.method(), path, unknown, "noSuchProperty", "unknown-property",
                            coordinator, resident)));
        }
        assertThat(tests).as("generated cases").hasSizeGreaterThan(40);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> refusesBadValuesInEveryPropertyOfEveryTaskOutcomeNamingIt() throws Exception {
        readTheDocument();
        Map<String, Class<?>> outcomes = outcomeTypes();
        Operation complete = operationsWithABody().stream().filter(operation -> operation.schema().has("anyOf"))
                .findFirst().orElseThrow();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode reference : complete.schema().get("anyOf")) {
            String name = reference.get("$ref").asText().replace("#/components/schemas/", "");
            Class<?> type = outcomes.get(name);
            assertThat(type).as("the outcome type of schema " + name).isNotNull();
            for (Leaf leaf : leaves(resolve(reference))) {
                for (JsonNode value : badValues(leaf)) {
                    tests.add(DynamicTest.dynamicTest(name + " " + leaf.name() + " = " + printable(value), () -> {
                        RuleViolationException refusal = readRefused(type, leaf.bodyWith(value));
                        assertThat(refusal.field()).isEqualTo(leaf.name());
                        if (leaf.plainText()) {
                            assertThat(refusal.code()).isEqualTo(expectedCode(leaf));
                        }
                    }));
                }
            }
            tests.add(DynamicTest.dynamicTest(name + " unknown property", () -> {
                RuleViolationException refusal = readRefused(type, NODES.objectNode().put("noSuchProperty", 1));
                assertThat(refusal.field()).isEqualTo("noSuchProperty");
                assertThat(refusal.code()).isEqualTo("unknown-property");
            }));
        }
        assertThat(tests).as("generated cases").hasSizeGreaterThan(40);
        return tests.stream();
    }

    @Test
    void refusesAControlCharacterInARealTaskCompletionAndKeepsTheTaskOpen() throws Exception {
        String coordinator = token("coordinator");
        String trajectory = ApiCalls.startTrajectory(port, coordinator, "Slechte uitkomst", "West");
        // The process is moved to the progress update (a task with a text) as the workflow's own fixture does.
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory)
                .singleResult();
        ProcessInstanceModificationBuilder modification = runtimeService.createProcessInstanceModification(instance.getId())
                .startBeforeActivity(Activities.SEND_PROGRESS_UPDATE);
        for (ActivityInstance child : runtimeService.getActivityInstance(instance.getId()).getChildActivityInstances()) {
            modification.cancelActivityInstance(child.getId());
        }
        modification.execute();
        JsonNode tasks = JSON.readTree(ApiCalls.call(port, "GET", "/api/v1/tasks?trajectoryId=" + trajectory, null,
                coordinator).body());
        JsonNode task = tasks.at("/content/0");
        assertThat(task.get("outcome").asText()).isEqualTo("ProgressUpdateOutcome");
        JsonNode schema = resolve(NODES.objectNode().put("$ref", "#/components/schemas/ProgressUpdateOutcome"));
        List<Leaf> leaves = leaves(schema);
        assertThat(leaves).anyMatch(Leaf::plainText);
        String path = "/api/v1/tasks/" + task.get("id").asText() + "/complete";
        for (Leaf leaf : leaves) {
            for (JsonNode value : badValues(leaf)) {
                assertRefused("POST", path, leaf.bodyWith(value), leaf.name(), leaf.plainText() ? expectedCode(leaf) : null,
                        coordinator, coordinator);
            }
        }
        assertRefused("POST", path, NODES.objectNode().put("noSuchProperty", 1), "noSuchProperty", "unknown-property",
                coordinator, coordinator);
        assertThat(ApiCalls.call(port, "GET", "/api/v1/tasks/" + task.get("id").asText(), null, coordinator).statusCode())
                .as("the task is still open").isEqualTo(200);
    }

    @Test
    void refusesAContactPersonOfAnotherOrganisationOrAResidentAndStartsNothing() throws Exception {
        String coordinator = token("coordinator");
        String otherOrganisation = LinkedAccounts.person("professional2", people, organisations, jwt).id().toString();
        String resident = LinkedAccounts.person("resident2", people, organisations, jwt).id().toString();
        for (Map.Entry<String, String> contact : Map.of(otherOrganisation, "trajectory.contact-person-not-of-its-organisations",
                resident, "trajectory.contact-person-not-a-professional").entrySet()) {
            ObjectNode body = (ObjectNode) JSON.readTree("""
                    {"title": "Contactpersoon", "topic": "Inwonerparticipatie", "area": "Zuid",
                     "kind": "ORGANISATION_PROJECT", "intendedLevel": "PARTICIPATION"}""");
            body.put("contactPersonId", contact.getKey());
            assertRefused("POST", "/api/v1/trajectories", body, "contactPersonId", contact.getValue(), coordinator,
                    coordinator);
        }
    }

    @Test
    void answersProblemDetailsForAnEncodedSlashOrBackslashUnderTheApi() throws Exception {
        String coordinator = token("coordinator");
        for (String path : List.of("/api/v1/trajectories/a%2Fb", "/api/v1/tasks/%2F..%2Fadmin", "/api/v1/tasks/a%5Cb",
                "/api/v1/trajectories/a%2fb/inputs")) {
            HttpResponse<String> answer = ApiCalls.call(port, "GET", path, null, coordinator);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path + ": " + answer.body())
                    .startsWith("application/problem+json");
            assertThat(JSON.readTree(answer.body()).get("status").asInt()).isEqualTo(400);
        }
    }

    @Test
    void refusesALineBreakOrTabInAOneLineTextAndStartsNothing() throws Exception {
        readTheDocument();
        String coordinator = token("coordinator");
        for (String title : List.of("Buurt\ntuin", "Buurt\r\ntuin", "Buurt\ttuin")) {
            ObjectNode body = NODES.objectNode().put("title", title).put("topic", "Inwonerparticipatie").put("area", "Oost")
                    .put("kind", "ORGANISATION_PROJECT").put("intendedLevel", "PARTICIPATION");
            assertRefused("POST", "/api/v1/trajectories", body, "title", "text.line-break", coordinator, coordinator);
        }
    }

    @Test
    void answersProblemDetailsForOtherAddressesTheServerRefusesUnderTheApi() throws Exception {
        String coordinator = token("coordinator");
        for (String path : List.of("/api/v1/tasks/a%00b", "/api/v1/tasks/a;b=c/claim", "/api/v1/tasks/..%2F..%2Fetc")) {
            HttpResponse<String> answer = ApiCalls.call(port, "GET", path, null, coordinator);
            assertThat(answer.statusCode()).as(path).isBetween(400, 499);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path + ": " + answer.body())
                    .startsWith("application/problem+json");
        }
    }

    private void assertRefused(String method, String path, JsonNode body, String field, String code, String token,
            String otherToken) throws Exception {
        List<String> before = fingerprint.take();
        HttpResponse<String> answer = ApiCalls.call(port, method, path, body.toString(), token);
        if (answer.statusCode() == 403) {
            answer = ApiCalls.call(port, method, path, body.toString(), otherToken);
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode errors = JSON.readTree(answer.body()).path("errors");
        assertThat(errors.findValuesAsText("field")).as(answer.body()).contains(field);
        if (code != null) {
            assertThat(errors.findValuesAsText("code")).as(answer.body()).contains(code);
        }
        assertThat(fingerprint.take()).as("nothing stored").isEqualTo(before);
    }

    private RuleViolationException readRefused(Class<?> type, JsonNode body) {
        try {
            applicationMapper.readerFor(type).readValue(body);
        }
        catch (JsonMappingException ex) {
            return BodyRefusals.of(ex, "outcome");
        }
        catch (java.io.IOException ex) {
            throw new AssertionError(ex);
        }
        throw new AssertionError("read " + body + " as " + type.getSimpleName() + " without a refusal");
    }

    private static String expectedCode(Leaf leaf) {
        return "text.control-character";
    }

    private static List<JsonNode> badValues(Leaf leaf) {
        List<JsonNode> values = new ArrayList<>();
        if (leaf.type().equals("string")) {
            CONTROL_TEXTS.forEach(text -> values.add(NODES.textNode(text)));
        }
        if (leaf.format().equals("date")) {
            DATES.forEach(date -> values.add(NODES.textNode(date)));
        }
        if (leaf.format().equals("date-time")) {
            DATES.forEach(date -> values.add(NODES.textNode(date + "T12:00:00Z")));
        }
        if (leaf.type().equals("integer")) {
            values.add(NODES.numberNode(3.5));
            values.add(NODES.textNode("3.5"));
        }
        return values;
    }

    private static String printable(JsonNode value) {
        return value.toString().replace("\u0000", "\\u0000").replace("\u001b", "\\u001b");
    }

    /** Every POST, PUT and PATCH of the document with an application/json body, its schema resolved. */
    private List<Operation> operationsWithABody() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            JsonNode schema = entry.getValue().at("/requestBody/content/application~1json/schema");
            if (!schema.isMissingNode()) {
                operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(), resolve(schema)));
            }
        }));
        return operations;
    }

    /** Every leaf property under a schema, an array's items as its first element; typed ids are leaves. */
    private List<Leaf> leaves(JsonNode schema) {
        List<Leaf> leaves = new ArrayList<>();
        collect(schema, new ArrayList<>(), leaves, 0);
        return leaves;
    }

    private void collect(JsonNode schema, List<Object> path, List<Leaf> leaves, int depth) {
        JsonNode resolved = resolve(schema);
        if (depth > 4) {
            return;
        }
        if (resolved.has("properties")) {
            if (isTypedId(resolved)) {
                leaves.add(new Leaf(List.copyOf(path), resolved.at("/properties/value")));
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> properties = resolved.get("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                List<Object> deeper = new ArrayList<>(path);
                deeper.add(property.getKey());
                collect(property.getValue(), deeper, leaves, depth + 1);
            }
        }
        else if (resolved.path("type").asText().equals("array")) {
            List<Object> deeper = new ArrayList<>(path);
            deeper.add(0);
            collect(resolved.get("items"), deeper, leaves, depth + 1);
        }
        else if (!path.isEmpty()) {
            leaves.add(new Leaf(List.copyOf(path), resolved));
        }
    }

    private static boolean isTypedId(JsonNode schema) {
        JsonNode properties = schema.get("properties");
        return properties.size() == 1 && properties.has("value") && properties.at("/value/format").asText().equals("uuid");
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String name = current.get("$ref").asText().replace("#/components/schemas/", "");
            current = document.at("/components/schemas/" + name);
        }
        return current;
    }

    /** The path with the trajectory's id for {id} or {trajectoryId}, a random id for every other variable. */
    private static String concrete(String template, String trajectory) {
        Matcher variable = PATH_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            variable.appendReplacement(path, name.equals("trajectoryId") || (name.equals("id")
                    && template.startsWith("/api/v1/trajectories")) ? trajectory : UUID.randomUUID().toString());
        }
        variable.appendTail(path);
        return path.toString();
    }

    private static Map<String, Class<?>> outcomeTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(TaskOutcome.class));
        return scanner.findCandidateComponents("nl.participationsuite.workflow").stream()
                .map(definition -> {
                    try {
                        return (Class<?>) Class.forName(definition.getBeanClassName());
                    }
                    catch (ClassNotFoundException ex) {
                        throw new IllegalStateException(ex);
                    }
                })
                .filter(type -> !type.isInterface())
                .collect(java.util.stream.Collectors.toMap(Class::getSimpleName, Function.identity(), (a, b) -> a));
    }

    private String token(String user) {
        return LinkedAccounts.token(user, people, organisations, jwt);
    }
}
