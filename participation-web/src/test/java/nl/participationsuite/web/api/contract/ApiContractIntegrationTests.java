package nl.participationsuite.web.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.support.RequestTravelCost;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.KeycloakTokens;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Member;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Setup;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome;
import nl.participationsuite.workflow.seats.SeatCompositionOutcome;
import nl.participationsuite.workflow.seats.VoteOutcome;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The OpenAPI document tells the truth about the status codes: for every operation the running
 * application documents, each documented status is one the endpoint returns, and every status it
 * returns is documented. The calls come from the document itself, with real Keycloak tokens on the
 * real database: without a token; with a token whose role the path does not allow; with unknown ids
 * in the path; with bad input (a malformed body, a query parameter of the wrong type or out of range,
 * a malformed uuid in the path); and a valid call. Only the valid call, and a call that meets a
 * genuine conflict where one is documented, need an example of this class: an operation without one
 * fails the test, so a new endpoint cannot escape the check.
 */
@WebIntegrationTest
class ApiContractIntegrationTests {

    /** The rate limits' answer, which every operation documents. */
    private static final int TOO_MANY_REQUESTS = 429;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    InvolvementService involvement;

    @Autowired
    SupportService support;

    @Autowired
    MeetingService meetings;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    private Setup setup;

    private final Set<String> tasksSeen = new HashSet<>();

    /** What the test undoes when it ends (a manager's scope it widened). */
    private final List<Runnable> cleanUp = new ArrayList<>();

    /** The calls the contract made, for the figures it prints. */
    private int calls;

    /** One call: the path parameters' values, the query string (or null), the JSON body (or null) and the caller. */
    record Call(Map<String, String> ids, String query, String body, String user) {

        Call withIds(Map<String, String> other) {
            return new Call(other, query, body, user);
        }

        Call withUser(String other) {
            return new Call(ids, query, body, other);
        }
    }

    /** How to call one operation validly, and (where it documents 409) how to meet a conflict; bad input when the document cannot tell. */
    record Example(Supplier<Call> valid, Supplier<Call> conflict, Supplier<Call> bad) {

        static Example of(Supplier<Call> valid) {
            return new Example(valid, null, null);
        }

        Example conflicting(Supplier<Call> conflicting) {
            return new Example(valid, conflicting, bad);
        }

        Example badly(Supplier<Call> badCall) {
            return new Example(valid, conflict, badCall);
        }
    }

    /** An operation of the document. */
    record Operation(String id, String method, String path, JsonNode node) {
    }

    @Test
    void everyDocumentedStatusIsOneTheEndpointReturnsAndEveryReturnedStatusIsDocumented() throws Exception {
        JsonNode api = JSON.readTree(ApiCalls.call(port, "GET", "/v3/api-docs", null, null).body());
        setup = workingTogether();
        Map<String, Example> examples = examples();

        try {
            checkEveryOperation(api, examples);
        }
        finally {
            cleanUp.forEach(Runnable::run);
        }
    }

    private void checkEveryOperation(JsonNode api, Map<String, Example> examples) {
        Map<String, String> mismatches = new TreeMap<>();
        int operations = 0;
        int statuses = 0;
        for (Operation operation : operations(api)) {
            operations++;
            Example example = examples.get(operation.id());
            if (example == null) {
                mismatches.put(operation.id(), "no example of a valid call in ApiContractIntegrationTests");
                continue;
            }
            Set<Integer> documented = new TreeSet<>();
            operation.node().get("responses").fieldNames().forEachRemaining(code -> documented.add(Integer.valueOf(code)));
            Map<Integer, String> seen = new TreeMap<>();
            Call valid = example.valid().get();

            seen.merge(status(operation, valid.withUser(null)), "without a token", ApiContractIntegrationTests::both);
            seen.merge(status(operation, valid.withUser(wrongRole(operation))), "with a role the path does not allow",
                    ApiContractIntegrationTests::both);
            if (!valid.ids().isEmpty()) {
                Map<String, String> unknown = new LinkedHashMap<>();
                valid.ids().keySet().forEach(name -> unknown.put(name, UUID.randomUUID().toString()));
                seen.merge(status(operation, valid.withIds(unknown)), "with unknown ids", ApiContractIntegrationTests::both);
            }
            Call bad = example.bad() != null ? example.bad().get() : badInput(operation, valid);
            if (bad != null) {
                seen.merge(status(operation, bad), "with bad input", ApiContractIntegrationTests::both);
            }
            seen.merge(status(operation, valid), "valid", ApiContractIntegrationTests::both);
            if (example.conflict() != null) {
                seen.merge(status(operation, example.conflict().get()), "meeting a conflict",
                        ApiContractIntegrationTests::both);
            }
            statuses += documented.size();

            Set<Integer> neverSeen = new TreeSet<>(documented);
            neverSeen.removeAll(seen.keySet());
            // 429 comes from the rate limits in front of every operation, switched off for this test; it is
            // proved by RateLimitSecurityIntegrationTests, and below that every operation documents it
            neverSeen.remove(TOO_MANY_REQUESTS);
            Set<Integer> undocumented = new TreeSet<>(seen.keySet());
            undocumented.removeAll(documented);
            if (!neverSeen.isEmpty() || !undocumented.isEmpty()) {
                mismatches.put(operation.id(), "documented but never returned " + neverSeen + ", returned but undocumented "
                        + undocumented + " (seen: " + seen + ")");
            }
        }
        System.out.printf("API contract: %d operations, %d calls, %d documented statuses checked%n", operations, calls,
                statuses);
        assertThat(mismatches).as("operations whose documented statuses differ from what they return").isEmpty();
        assertThat(operations).isGreaterThan(25);
    }

    @Test
    void everyOperationHasAStableIdATagASummaryAndProblemDetailsForItsProblems() throws Exception {
        JsonNode api = JSON.readTree(ApiCalls.call(port, "GET", "/v3/api-docs", null, null).body());
        Set<String> ids = new HashSet<>();
        for (Operation operation : operations(api)) {
            assertThat(operation.id()).as(operation.method() + " " + operation.path()).matches("[a-z][a-zA-Z]+");
            assertThat(ids.add(operation.id())).as("unique " + operation.id()).isTrue();
            assertThat(operation.node().path("tags")).as(operation.id()).hasSize(1);
            assertThat(operation.node().path("summary").asText()).as(operation.id()).isNotBlank();
            Iterator<Map.Entry<String, JsonNode>> responses = operation.node().get("responses").fields();
            while (responses.hasNext()) {
                Map.Entry<String, JsonNode> response = responses.next();
                if (response.getKey().startsWith("4")) {
                    assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                            .as(operation.id() + " " + response.getKey()).isEqualTo("#/components/schemas/ProblemDetail");
                }
                if (response.getKey().equals("201")) {
                    assertThat(response.getValue().at("/headers/Location").isMissingNode()).as(operation.id()).isFalse();
                }
            }
            assertThat(operation.node().at("/responses/429/headers/Retry-After").isMissingNode())
                    .as(operation.id() + " documents 429 with Retry-After").isFalse();
        }
        assertThat(api.at("/servers/0/url").asText()).isEqualTo("/");
        assertThat(api.at("/components/schemas/ProblemDetail/properties/errors").isMissingNode()).isFalse();
    }

    private static String both(String one, String other) {
        return one + ", " + other;
    }

    private static List<Operation> operations(JsonNode api) {
        List<Operation> operations = new ArrayList<>();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (method.getValue().has("responses")) {
                operations.add(new Operation(method.getValue().path("operationId").asText(), method.getKey().toUpperCase(),
                        path.getKey(), method.getValue()));
            }
        }));
        return operations;
    }

    /**
     * Bad input as the document describes the operation: a malformed body, else a query parameter
     * of the wrong type or out of range, else a malformed uuid in the path; null when it takes none.
     */
    private static Call badInput(Operation operation, Call valid) {
        if (operation.node().has("requestBody")) {
            return new Call(valid.ids(), valid.query(), "{\"unfinished\": ", valid.user());
        }
        for (JsonNode parameter : operation.node().path("parameters")) {
            JsonNode schema = parameter.path("schema");
            String value = switch (schema.path("type").asText()) {
                case "integer" -> "-1";
                case "boolean" -> "maybe";
                case "string" -> schema.has("enum") ? "NO_SUCH_VALUE"
                        : "uuid".equals(schema.path("format").asText()) ? "not-a-uuid" : null;
                default -> null;
            };
            if (value == null) {
                continue;
            }
            if ("query".equals(parameter.path("in").asText())) {
                return new Call(valid.ids(), parameter.get("name").asText() + "=" + value, valid.body(), valid.user());
            }
            if ("path".equals(parameter.path("in").asText())) {
                Map<String, String> ids = new LinkedHashMap<>(valid.ids());
                ids.put(parameter.get("name").asText(), value);
                return valid.withIds(ids);
            }
        }
        return null;
    }

    /** A user whose role the path does not allow: a coordinator for the reports, a professional to start, else a resident. */
    private static String wrongRole(Operation operation) {
        if (operation.path().startsWith("/api/v1/reports")) {
            return "coordinator";
        }
        if (operation.path().equals("/api/v1/trajectories") && operation.method().equals("POST")) {
            return "professional";
        }
        return "resident1";
    }

    private int status(Operation operation, Call call) {
        Matcher parameters = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            String value = call.ids().get(parameters.group(1));
            assertThat(value).as(operation.id() + " needs " + parameters.group(1)).isNotNull();
            parameters.appendReplacement(path, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        parameters.appendTail(path);
        if (call.query() != null) {
            path.append('?').append(call.query());
        }
        // Residents and managers need no person of their own here: the role is refused, or the reports
        // read the manager's organisations from the token.
        String token = call.user() == null ? null : call.user().startsWith("resident") || call.user().startsWith("manager")
                ? KeycloakTokens.accessToken(call.user()) : LinkedAccounts.token(call.user(), people, organisations, jwt);
        HttpResponse<String> response = ApiCalls.call(port, operation.method(), path.toString(), call.body(), token);
        calls++;
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as(operation.id() + " " + response.statusCode())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        return response.statusCode();
    }

    /** The valid call (and the conflicts) of every operation, on the working trajectory. */
    private Map<String, Example> examples() {
        String trajectory = setup.id().toString();
        String anna = setup.residents().get(0).participant().toString();
        Map<String, Example> examples = new LinkedHashMap<>();
        examples.put("getMe", Example.of(() -> new Call(Map.of(), null, null, "coordinator")));
        examples.put("getPortfolio", Example.of(() -> new Call(Map.of(), null, null, "manager")));
        examples.put("getTrajectoryReport", Example.of(() -> new Call(Map.of("trajectoryId", reportedTrajectory()), null,
                null, "manager")));

        examples.put("listTasks", Example.of(() -> new Call(Map.of(), "trajectoryId=" + trajectory, null, "coordinator")));
        examples.put("getTask", Example.of(() -> new Call(Map.of("id", openTask()), null, null, "coordinator")));
        examples.put("claimTask", Example.of(() -> new Call(Map.of("id", openTask()), null, null, "coordinator"))
                .conflicting(() -> new Call(Map.of("id", completedTask()), null, null, "coordinator")));
        examples.put("releaseTask", Example.of(() -> new Call(Map.of("id", claimedTask()), null, null, "coordinator"))
                .conflicting(() -> new Call(Map.of("id", completedTask()), null, null, "coordinator"))
                .badly(() -> new Call(Map.of("id", openTask()), null, null, "coordinator")));
        examples.put("completeTask", Example.of(() -> new Call(Map.of("id", openTask()), null, answer(), "coordinator"))
                .conflicting(() -> new Call(Map.of("id", completedTask()), null, answer(), "coordinator")));

        examples.put("listTrajectories", Example.of(() -> new Call(Map.of(), "phase=WORKING_TOGETHER", null, "coordinator")));
        examples.put("getTrajectory", Example.of(() -> new Call(Map.of("id", trajectory), null, null, "coordinator")));
        examples.put("startTrajectory", Example.of(() -> new Call(Map.of(), null, """
                {"title": "Contract", "topic": "Inwonerparticipatie", "area": "Nieuwleusen",
                 "kind": "ORGANISATION_PROJECT", "intendedLevel": "PARTICIPATION"}""", "coordinator")));

        Map<String, String> inTrajectory = Map.of("trajectoryId", trajectory);
        examples.put("listInputs", Example.of(() -> new Call(inTrajectory, "status=RECEIVED", null, "coordinator")));
        examples.put("getInput", Example.of(() -> new Call(input(trajectory, recordInput()), null, null, "coordinator")));
        examples.put("recordInput", Example.of(() -> new Call(inTrajectory, null, inputBody(anna), "coordinator")));
        examples.put("respondToInput", Example.of(() -> new Call(input(trajectory, recordInput()), null, answer(),
                "coordinator")).conflicting(() -> new Call(input(trajectory, answeredInput()), null, answer(), "coordinator")));
        examples.put("giveInterimAnswer", Example.of(() -> new Call(input(trajectory, recordInput()), null, interim(),
                "coordinator")).conflicting(() -> new Call(input(trajectory, answeredInput()), null, interim(), "coordinator")));

        examples.put("listDecisionRounds", Example.of(() -> new Call(inTrajectory, null, null, "coordinator")));
        examples.put("getDecisionRound", Example.of(() -> new Call(round(trajectory, openRound()), null, null, "coordinator")));
        examples.put("openDecisionRound", Example.of(() -> new Call(inTrajectory, null, roundBody(), "coordinator")));
        examples.put("recordDecisionFollowUp", Example.of(() -> new Call(round(trajectory, decidedRound()), null,
                "{\"followUp\": \"Het dorpshuis is geboekt.\"}", "coordinator")));

        examples.put("listSuccesses", Example.of(() -> new Call(inTrajectory, "kind=QUICK_WIN", null, "coordinator")));
        examples.put("getSuccess", Example.of(() -> new Call(Map.of("trajectoryId", trajectory, "successId", success()),
                null, null, "coordinator")));
        examples.put("registerSuccess", Example.of(() -> new Call(inTrajectory, null, successBody(), "coordinator")));

        examples.put("listSupportRequests", Example.of(() -> new Call(inTrajectory, "status=REQUESTED", null, "coordinator")));
        examples.put("approveSupportRequest", Example.of(() -> new Call(request(trajectory, supportRequest(false)), null,
                null, "coordinator")));
        examples.put("rejectSupportRequest", Example.of(() -> new Call(request(trajectory, supportRequest(false)), null,
                "{\"reason\": \"Buiten de regeling.\"}", "coordinator")));
        examples.put("markSupportRequestPaid", Example.of(() -> new Call(request(trajectory, supportRequest(true)), null,
                null, "coordinator")));
        examples.put("getSupportInvestment", Example.of(() -> new Call(inTrajectory, null, null, "coordinator")));

        examples.put("listMeetings", Example.of(() -> new Call(inTrajectory, "past=false", null, "coordinator")));
        examples.put("replyToMeeting", Example.of(() -> new Call(Map.of("trajectoryId", trajectory, "meetingId",
                meeting()), null, "{\"answer\": \"YES\"}", "coordinator")));
        examples.put("getMeeting", Example.of(() -> new Call(Map.of("trajectoryId", trajectory, "meetingId", meeting()),
                null, null, "coordinator")));
        examples.put("planMeeting", Example.of(() -> new Call(inTrajectory, null, meetingBody(), "coordinator")));
        examples.put("recordMeetingOutcome", Example.of(() -> new Call(Map.of("trajectoryId", trajectory, "meetingId",
                pastMeeting()), null, """
                {"attendance": [{"participantId": "%s", "status": "PRESENT"}], "minutes": "Kort verslag."}""".formatted(anna),
                "coordinator")));

        examples.put("changeMeeting", Example.of(() -> new Call(Map.of("trajectoryId", trajectory, "meetingId", meeting()),
                null, meetingBody(), "coordinator")).conflicting(() -> new Call(Map.of("trajectoryId", trajectory,
                "meetingId", cancelledMeeting()), null, meetingBody(), "coordinator")));
        examples.put("cancelMeeting", Example.of(() -> new Call(Map.of("trajectoryId", trajectory, "meetingId", meeting()),
                null, CANCELLATION, "coordinator")).conflicting(() -> new Call(Map.of("trajectoryId", trajectory,
                "meetingId", cancelledMeeting()), null, CANCELLATION, "coordinator")));

        examples.put("searchAddablePeople", Example.of(() -> new Call(inTrajectory, "q=Kees", null, "coordinator")));
        examples.put("addExistingParticipant", Example.of(() -> new Call(inTrajectory, null,
                "{\"personId\": \"" + newProfessional() + "\"}", "coordinator")));
        examples.put("handOverRole", Example.of(() -> new Call(inTrajectory, null, """
                {"role": "CONTACT_PERSON", "personId": "%s", "reason": "Verlof van de coordinator."}"""
                .formatted(setup.professional().person()), "coordinator")));
        examples.put("changeResponseTime", Example.of(() -> new Call(inTrajectory, null, "{\"responseDays\": 21}",
                "coordinator")));
        return examples;
    }

    private static Map<String, String> input(String trajectory, String input) {
        return Map.of("trajectoryId", trajectory, "inputId", input);
    }

    private static Map<String, String> round(String trajectory, String round) {
        return Map.of("trajectoryId", trajectory, "roundId", round);
    }

    private static Map<String, String> request(String trajectory, String request) {
        return Map.of("trajectoryId", trajectory, "requestId", request);
    }

    private static String answer() {
        return "{\"status\": \"ADOPTED\", \"feedback\": \"We nemen het over.\", \"passedOn\": \"PHONE\"}";
    }

    private String interim() {
        return "{\"interimAnswer\": \"We zoeken het uit.\", \"expectedOn\": \"" + LocalDate.now(clock).plusDays(14) + "\"}";
    }

    private static String inputBody(String resident) {
        return """
                {"residentParticipantId": "%s", "channel": "PHONE", "topic": "Bankjes",
                 "text": "Meer bankjes langs de Kerkstraat."}""".formatted(resident);
    }

    private String roundBody() {
        return """
                {"title": "Plek van de bijeenkomsten", "proposal": "Voortaan in het dorpshuis.", "deadline": "%s"}"""
                .formatted(clock.instant().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS));
    }

    private String successBody() {
        return """
                {"kind": "QUICK_WIN", "title": "Bankjes geplaatst", "achievedOn": "%s"}""".formatted(LocalDate.now(clock));
    }

    /** Input recorded through the API for the first resident; answers its id. */
    private String recordInput() {
        return created("/api/v1/trajectories/" + setup.id() + "/inputs", inputBody(setup.residents().get(0).participant().toString()));
    }

    /** Input answered through the API. */
    private String answeredInput() {
        String input = recordInput();
        HttpResponse<String> answered = call("POST", "/api/v1/trajectories/" + setup.id() + "/inputs/" + input + "/response",
                answer());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        return input;
    }

    /** A group task nobody took: the answer task of new input. */
    private String openTask() {
        recordInput();
        try {
            JsonNode open = JSON.readTree(call("GET", "/api/v1/tasks?scope=open&size=100&trajectoryId=" + setup.id(), null).body());
            for (JsonNode task : open.get("content")) {
                String id = task.get("id").asText();
                if (task.get("definitionKey").asText().equals(Activities.RESPOND_TO_INPUT) && tasksSeen.add(id)) {
                    return id;
                }
            }
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
        throw new IllegalStateException("no new answer task");
    }

    private String claimedTask() {
        String task = openTask();
        assertThat(call("POST", "/api/v1/tasks/" + task + "/claim", null).statusCode()).isEqualTo(204);
        return task;
    }

    private String completedTask() {
        String task = openTask();
        HttpResponse<String> completed = call("POST", "/api/v1/tasks/" + task + "/complete", answer());
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
        return task;
    }

    private String openRound() {
        return created("/api/v1/trajectories/" + setup.id() + "/decision-rounds", roundBody());
    }

    /** A round every seat holder voted on: decided (with every other round still open). */
    private String decidedRound() {
        String round = openRound();
        for (Member holder : List.of(setup.residents().get(0), setup.residents().get(1), setup.coordinator())) {
            for (var vote : SteeringGroupTrajectory.tasks(workflow, setup, holder, Activities.CAST_VOTE)) {
                workflow.complete(vote.id(), holder.person(), new VoteOutcome(VoteChoice.FOR, null));
            }
        }
        return round;
    }

    /**
     * The working trajectory, reported on by the {@code manager} account: linked to a person (as the
     * demo data links it) who reports on the trajectory's organisation until the test ends.
     */
    private String reportedTrajectory() {
        String subject = jwt.decode(KeycloakTokens.accessToken("manager")).getSubject();
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person manager = people.findByKeycloakSubject(subject).orElseGet(() -> people.save(Person.professional(
                "Pieter van Dijk", null, subject, coordinator.organisationId())));
        int added = jdbc.update("insert into manager_organisation (person_id, organisation_id) values (?, ?)"
                + " on conflict do nothing", manager.id().value(), coordinator.organisationId().value());
        if (added == 1) {
            cleanUp.add(() -> jdbc.update("delete from manager_organisation where person_id = ? and organisation_id = ?",
                    manager.id().value(), coordinator.organisationId().value()));
        }
        return setup.id().toString();
    }

    private String success() {
        return created("/api/v1/trajectories/" + setup.id() + "/successes", successBody());
    }

    private String supportRequest(boolean approved) {
        SupportRequest request = support.requestTravelCost(setup.id(), new RequestTravelCost(
                setup.residents().get(1).participant(), LocalDate.now(clock).minusDays(2), "Lemelerveld", "Dalfsen", 900L));
        if (approved) {
            support.approve(request.id(), setup.coordinator().person());
        }
        return request.id().toString();
    }

    private String meeting() {
        Meeting meeting = meetings.plan(setup.id(), new PlanMeeting(clock.instant().plus(Duration.ofDays(10)),
                clock.instant().plus(Duration.ofDays(10)).plus(Duration.ofHours(2)), "Dorpshuis", VenueType.NEIGHBOURHOOD_CENTRE, false,
                null, true, "Kennismaken", null));
        return meeting.id().toString();
    }

    private String meetingBody() {
        return """
                {"startsAt": "%s", "endsAt": "%s", "venueName": "Dorpshuis", "venueType": "NEIGHBOURHOOD_CENTRE",
                 "neutralFacilitator": true, "plainLanguageChecked": true, "agenda": "Kennismaken"}"""
                .formatted(clock.instant().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.SECONDS),
                        clock.instant().plus(Duration.ofDays(12)).plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS));
    }

    private static final String CANCELLATION = "{\"reason\": \"De zaal is niet beschikbaar.\"}";

    /** A meeting that was cancelled. */
    private String cancelledMeeting() {
        String meeting = meeting();
        meetings.cancel(new nl.participationsuite.domain.meetings.MeetingId(UUID.fromString(meeting)), "Ziekte");
        return meeting;
    }

    /** A meeting that took place a day ago (planned, then moved back in the database: nobody plans the past). */
    private String pastMeeting() {
        String meeting = meeting();
        jdbc.update("update meeting set starts_at = starts_at - interval '11 days', ends_at = ends_at - interval '11 days'"
                + " where id = ?", UUID.fromString(meeting));
        return meeting;
    }

    /** A professional of the coordinator's organisation who takes part in nothing yet. */
    private String newProfessional() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        return people.save(Person.professional("Pieter Post", null, null, coordinator.organisationId())).id().toString();
    }

    private String created(String path, String body) {
        HttpResponse<String> created = call("POST", path, body);
        assertThat(created.statusCode()).as(path + " " + created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private HttpResponse<String> call(String method, String path, String body) {
        return ApiCalls.call(port, method, path, body, LinkedAccounts.token("coordinator", people, organisations, jwt));
    }

    /**
     * A trajectory of the coordinator whose steering group (two residents and the coordinator) took
     * its seats: it works together, so every action of the API applies.
     */
    private Setup workingTogether() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Setup working = SteeringGroupTrajectory.atComposeSteeringGroup(coordinator, workflow, trajectories, people,
                involvement);
        setup = working;
        Member anna = working.residents().get(0);
        Member bram = working.residents().get(1);
        LocalDate from = LocalDate.now(clock);
        complete(working.coordinator(), Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                new SeatAssignment(anna.participant(), from, from.plusYears(2), Set.of(Background.LOW_INCOME)),
                new SeatAssignment(bram.participant(), from, from.plusYears(2), Set.of(Background.YOUTH)),
                new SeatAssignment(working.coordinator().participant(), from, from.plusYears(2), Set.of())), null));
        for (Member resident : List.of(anna, bram)) {
            complete(resident, Activities.ACCEPT_SEAT, new SeatAcceptanceOutcome(SeatAcceptanceOutcome.Answer.ACCEPT, null));
        }
        assertThat(trajectories.get(working.id()).phase()).isEqualTo(Phase.WORKING_TOGETHER);
        return working;
    }

    private void complete(Member member, String definitionKey, TaskOutcome outcome) {
        workflow.complete(SteeringGroupTrajectory.tasks(workflow, setup, member, definitionKey).get(0).id(),
                member.person(), outcome);
    }
}
