package nl.participationsuite.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import nl.participationsuite.benchmark.Seeder.Driven;

/**
 * Drives whole trajectories through the running application, as the people in them would: the
 * coordinator and the professionals through the REST API with bearer tokens, the residents through
 * the portal's forms in a browser session logged in at Keycloak. One trajectory, from the
 * coordinator's recruitment task to its success report, is 32 task completions (17 through the API,
 * 15 through the portal), input recorded and answered, and a success registered and made visible.
 */
final class Driver {

    static final String TASKS = "GET /api/v1/tasks?trajectoryId=";

    static final String CLAIM = "POST /api/v1/tasks/{id}/claim";

    static final String COMPLETE = "POST /api/v1/tasks/{id}/complete";

    static final String PORTAL_HOME = "GET /portaal (resident home)";

    static final String PORTAL_FORM = "GET /portaal/taken/{id}/{form}";

    static final String PORTAL_POST = "POST /portaal/taken/{id}/{form} (complete)";

    private static final Pattern CRITERION = Pattern.compile(
            "name=\"assessments\\[(\\d+)\\]\\.criterionId\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"assessments\\[(\\d+)\\]\\.criterionId\"");

    private final Http http;

    final AtomicLong completions = new AtomicLong();

    final AtomicLong trajectories = new AtomicLong();

    final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

    private final Map<DemoUsers, String> personIds;

    Driver(Http http, Map<DemoUsers, String> personIds) {
        this.http = http;
        this.personIds = personIds;
    }

    /** One user's sessions: a browser per resident and one for the coordinator's workspace. */
    final class User {

        final Map<DemoUsers, Http.Browser> browsers = new EnumMap<>(DemoUsers.class);

        Http.Browser browser(DemoUsers user) {
            return browsers.computeIfAbsent(user, key -> http.browser(key.username()));
        }
    }

    /** Drives the queued trajectories with {@code users} threads until the queue is empty or the time is up. */
    long run(List<Driven> driven, int users, long deadlineNanos) throws InterruptedException {
        Queue<Driven> queue = new ConcurrentLinkedQueue<>(driven);
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < users; i++) {
            Thread thread = new Thread(() -> {
                User user = new User();
                Driven next;
                while (System.nanoTime() < deadlineNanos && (next = queue.poll()) != null) {
                    try {
                        drive(next, user);
                        trajectories.incrementAndGet();
                    }
                    catch (RuntimeException ex) {
                        String reason = String.valueOf(ex.getMessage());
                        failures.computeIfAbsent(reason.length() > 160 ? reason.substring(0, 160) : reason,
                                key -> new AtomicLong()).incrementAndGet();
                    }
                }
            }, "bench-user-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return System.nanoTime() - start;
    }

    void drive(Driven t, User user) {
        String id = t.id().toString();
        Map<DemoUsers, String> participant = new EnumMap<>(DemoUsers.class);
        t.participants().forEach((who, value) -> participant.put(who, value.toString()));
        check(http.get("coordinator", "/api/v1/trajectories/" + id, "GET /api/v1/trajectories/{id}"), "trajectory");

        // Early involvement: the residents are recruited; the coordinator completes recruitment.
        completeApi(DemoUsers.COORDINATOR, t, "RecruitmentOutcome", Map.of(), true);

        // Motivation: five conversations, shared by the two professionals.
        for (int i = 0; i < 5; i++) {
            completeApi(i % 2 == 0 ? DemoUsers.PROFESSIONAL : DemoUsers.PROFESSIONAL2, t, "MotivationOutcome", Map.of(
                    "energySources", List.of(i % 2 == 0 ? "DECISION_MAKING" : "SHARING_IDEAS"), "hoursPerMonth", 4 + i,
                    "involvementKinds", List.of("PARTICIPATION"), "preferredTimes", List.of("EVENING")), true);
        }

        // Shared vision: drafted by the coordinator, endorsed by all eight.
        completeApi(DemoUsers.COORDINATOR, t, "VisionDraftOutcome", Map.of(
                "sharedGoal", "Inwoners bepalen mee hoe de wijk gezonder wordt.",
                "expectations", List.of(
                        Map.of("party", "RESIDENTS", "text", "Meedenken en meebeslissen in de stuurgroep"),
                        Map.of("party", "ORGANISATION", "text", "Tijd, ruimte en terugkoppeling op elke inbreng")),
                "successCriteria", List.of(
                        Map.of("description", "Inbreng krijgt binnen twee weken antwoord", "measuredBy",
                                "Registratie van inbreng", "target", "90 procent"),
                        Map.of("description", "Minstens twee zichtbare successen per jaar", "measuredBy",
                                "Successenregister", "target", "2"))), true);
        for (DemoUsers professional : DemoUsers.PROFESSIONALS) {
            completeApi(professional, t, "VisionReviewOutcome", Map.of("verdict", "ENDORSED"), false);
        }
        for (DemoUsers resident : DemoUsers.RESIDENTS) {
            completePortal(user, resident, t, "visie-beoordelen", Map.of("verdict", "ENDORSED"));
        }

        // Role agreements: proposed for everyone, accepted by everyone; within every resident's boundary
        // (the fewest hours a month a resident gave in the motivation conversations above is 4).
        List<Map<String, Object>> proposals = new ArrayList<>();
        for (DemoUsers who : DemoUsers.values()) {
            String role = who == DemoUsers.COORDINATOR ? "COORDINATOR" : who.isResident() ? "DECISION_MAKER" : "PROFESSIONAL_SUPPORT";
            proposals.add(Map.of("participantId", participant.get(who), "role", role, "responsibilities",
                    "Meedoen aan de stuurgroep", "hoursPerMonth", 4, "supportAgreed", "Reiskostenvergoeding"));
        }
        completeApi(DemoUsers.COORDINATOR, t, "RoleProposalOutcome", Map.of("proposals", proposals), true);
        for (DemoUsers professional : DemoUsers.PROFESSIONALS) {
            completeApi(professional, t, "RoleAgreementResponseOutcome", Map.of("answer", "ACCEPT"), false);
        }
        for (DemoUsers resident : DemoUsers.RESIDENTS) {
            completePortal(user, resident, t, "rolafspraak-beantwoorden", Map.of("answer", "ACCEPT"));
        }

        // Decision seats: three residents with different backgrounds, a professional and the coordinator.
        String from = LocalDate.now().toString();
        String until = LocalDate.now().plusYears(2).toString();
        completeApi(DemoUsers.COORDINATOR, t, "SeatCompositionOutcome", Map.of("seats", List.of(
                seat(participant.get(DemoUsers.RESIDENT1), from, until, List.of("LOW_INCOME")),
                seat(participant.get(DemoUsers.RESIDENT2), from, until, List.of("INFORMAL_CARER")),
                seat(participant.get(DemoUsers.RESIDENT3), from, until, List.of("YOUTH")),
                seat(participant.get(DemoUsers.PROFESSIONAL), from, until, List.of()),
                seat(participant.get(DemoUsers.COORDINATOR), from, until, List.of()))), true);
        for (DemoUsers resident : List.of(DemoUsers.RESIDENT1, DemoUsers.RESIDENT2, DemoUsers.RESIDENT3)) {
            completePortal(user, resident, t, "zetel-aanvaarden", Map.of("answer", "ACCEPT"));
        }

        // Working together: input recorded on a resident's behalf and answered; a success made visible.
        check(http.post("professional", "/api/v1/trajectories/" + id + "/inputs", Map.of(
                "residentParticipantId", participant.get(DemoUsers.RESIDENT4), "channel", "PHONE", "topic", "Vervoer",
                "text", "Kan er 's avonds vervoer naar het buurthuis komen?"),
                "POST /api/v1/trajectories/{id}/inputs"), "record input");
        completeApi(DemoUsers.PROFESSIONAL2, t, "InputResponseOutcome", Map.of("status", "PARTLY_ADOPTED", "feedback",
                "Er rijdt vanaf maart een taxibusje op de avonden van de stuurgroep."), true);
        check(http.post("professional", "/api/v1/trajectories/" + id + "/successes", Map.of(
                "kind", "QUICK_WIN", "title", "Taxibusje voor de avonden", "description",
                "Inwoners zonder auto kunnen nu naar de bijeenkomsten.", "achievedOn", LocalDate.now().toString()),
                "POST /api/v1/trajectories/{id}/successes"), "register success");
        completeApi(DemoUsers.PROFESSIONAL, t, "SuccessVisibilityOutcome", Map.of("channel", "NEWSLETTER"), true);

        // Evaluation: the working phase closed, the success reported against the vision's criteria.
        completeApi(DemoUsers.COORDINATOR, t, "WorkingPhaseCloseOutcome", Map.of(), true);
        JsonNode report = task(DemoUsers.COORDINATOR, t, "SuccessReportOutcome");
        Http.Response form = user.browser(DemoUsers.COORDINATOR).page("/werkruimte/taken/" + report.get("id").asText()
                + "/succesrapportage", "GET /werkruimte/taken/{id}/succesrapportage");
        check(form, "success report page");
        Map<Integer, String> criteria = new java.util.TreeMap<>();
        Matcher matcher = CRITERION.matcher(form.body());
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                criteria.put(Integer.valueOf(matcher.group(1)), matcher.group(2));
            }
            else {
                criteria.put(Integer.valueOf(matcher.group(4)), matcher.group(3));
            }
        }
        List<Map<String, Object>> assessments = new ArrayList<>();
        criteria.values().forEach(criterion -> assessments.add(Map.of("criterionId", criterion, "result", "MET",
                "explanation", "Gehaald volgens de registratie")));
        complete(DemoUsers.COORDINATOR, report, Map.of("assessments", assessments, "summary",
                "De stuurgroep werkt; inbreng krijgt op tijd antwoord.", "decision", "CLOSE"), false);
    }

    private static Map<String, Object> seat(String holder, String from, String until, List<String> backgrounds) {
        return Map.of("holderId", holder, "termFrom", from, "termUntil", until, "backgrounds", backgrounds);
    }

    /** The user's open task of that outcome type in the trajectory (waits up to 10 s for it to appear). */
    JsonNode task(DemoUsers user, Driven t, String outcome) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Http.Response response = http.get(user.username(), "/api/v1/tasks?trajectoryId=" + t.id(), TASKS);
            check(response, "task list");
            JsonNode json = response.json();
            JsonNode list = json.isArray() ? json : json.path("content");
            for (JsonNode task : list) {
                boolean sameTrajectory = t.id().toString().equals(task.path("trajectoryId").asText());
                boolean kind = outcome.equals(task.path("outcome").asText())
                        || ("outcome:" + outcome).equals(task.path("formKey").asText());
                JsonNode assignee = task.path("assignee");
                boolean free = assignee.isMissingNode() || assignee.isNull() || personIds.get(user).equals(assignee.asText());
                if (sameTrajectory && kind && free) {
                    return task;
                }
            }
            sleep(100);
        }
        throw new IllegalStateException("no " + outcome + " task for " + user.username() + " in " + t.title());
    }

    private void completeApi(DemoUsers user, Driven t, String outcome, Map<String, Object> body, boolean claim) {
        complete(user, task(user, t, outcome), body, claim);
    }

    private void complete(DemoUsers user, JsonNode task, Map<String, Object> body, boolean claim) {
        String id = task.get("id").asText();
        if (claim && (task.path("assignee").isNull() || task.path("assignee").isMissingNode())) {
            check(http.post(user.username(), "/api/v1/tasks/" + id + "/claim", null, CLAIM), "claim " + task.path("outcome").asText());
        }
        check(http.post(user.username(), "/api/v1/tasks/" + id + "/complete", new LinkedHashMap<>(body), COMPLETE),
                "complete " + task.path("outcome").asText());
        completions.incrementAndGet();
    }

    /** A resident's task through the portal: the home page, the task's form, the form posted. */
    private void completePortal(User user, DemoUsers resident, Driven t, String form, Map<String, String> fields) {
        Http.Browser browser = user.browser(resident);
        String path = null;
        for (int attempt = 0; attempt < 100 && path == null; attempt++) {
            Http.Response home = browser.page("/portaal", PORTAL_HOME);
            check(home, "portal home");
            path = portalTask(home.body(), t.title(), form);
            if (path == null) {
                sleep(100);
            }
        }
        if (path == null) {
            throw new IllegalStateException("no portal task " + form + " for " + resident.username() + " in " + t.title());
        }
        Http.Response page = browser.page(path, PORTAL_FORM);
        check(page, "portal form " + form);
        Http.Response done = browser.submit(page, path, fields, PORTAL_POST);
        if (done.status() / 100 != 3 || done.location() == null || done.location().contains(path)) {
            String body = done.body() == null ? "" : done.body().replaceAll("\\s+", " ");
            throw new IllegalStateException("portal form " + form + " not accepted for " + resident.username() + ": HTTP "
                    + done.status() + " " + body.substring(0, Math.min(120, body.length())));
        }
        completions.incrementAndGet();
    }

    /** The link to the resident's task with that form in the trajectory's card on the portal home page. */
    static String portalTask(String html, String title, String form) {
        String escapedTitle = title.replace("&", "&amp;").replace("#", "#");
        for (String section : html.split("<section")) {
            if (section.contains(">" + escapedTitle + "<")) {
                Matcher link = Pattern.compile("href=\"(/portaal/taken/[^\"/]+/" + form + ")\"").matcher(section);
                if (link.find()) {
                    return link.group(1);
                }
            }
        }
        return null;
    }

    private static void check(Http.Response response, String what) {
        if (!response.ok()) {
            String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
            throw new IllegalStateException(what + ": HTTP " + response.status() + " "
                    + body.substring(0, Math.min(body.length(), 120)));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
