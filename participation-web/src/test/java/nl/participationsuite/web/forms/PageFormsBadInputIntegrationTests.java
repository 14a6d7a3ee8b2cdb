package nl.participationsuite.web.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.DatabaseFingerprint;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.LoopbackCookieJar;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Bad input on every form of the pages, generated from the pages themselves: the forms a
 * coordinator and a resident reach from their start pages are found by following the links, and
 * each text field of each form that posts is sent once with a NUL byte, the rest as the page
 * filled it in. Every answer is the form again with the field's error (never a server error, never
 * a false conflict), and the product's tables are exactly as before. The forms of the application
 * (the record types bound by {@code @ModelAttribute}) that the crawl must reach are read from
 * Spring MVC's own handler mappings, so a new form is covered without a new test.
 */
@WebIntegrationTest
class PageFormsBadInputIntegrationTests {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private static final Pattern FORM = Pattern.compile("(?s)<form\\b([^>]*)>(.*?)</form>");

    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:-]+)=\"([^\"]*)\"");

    /** A textarea or select with its content (group 1 the element, 2 its attributes, 3 its content), or an input (4). */
    private static final Pattern FIELD = Pattern.compile("(?s)<(?:(textarea|select)\\b([^>]*)>(.*?)</\\1>|input\\b([^>]*)>)");

    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

    private static final Set<String> TEXT_TYPES = Set.of("text", "search", "email", "tel", "url");

    private static final String BAD = "Buurt\u0000tuin";

    /** The field error the pages show for a refused text (rule.text.control-character, in Dutch). */
    private static final String REFUSED = "stuurteken";

    private static final int MAX_PAGES = 150;

    private static final List<String> DATES = List.of("-290000-01-01", "-5000-01-01", "0001-01-01", "9999-12-31");

    private int datesRefused;

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
    TrajectoryService trajectories;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One form on a page, as a browser would send it. */
    record Form(String page, String action, Map<String, String> values, Set<String> textFields, Set<String> otherFields,
            Set<String> dateFields) {
    }

    @Test
    void refusesANulInEveryTextFieldOfEveryFormWithAFieldErrorAndStoresNothing() {
        String coordinatorToken = LinkedAccounts.token("coordinator", people, organisations, jwt);
        TrajectoryId trajectory = TrajectoryId.of(ApiCalls.startTrajectory(port, coordinatorToken, "Formulieren", "Noord"));
        Person withoutAccount = people.save(Person.resident("Greet Bosman", null, null, null));
        String participant = trajectories.addParticipant(trajectory, withoutAccount.id()).id().toString();
        Person resident = LinkedAccounts.person("resident1", people, organisations, jwt);
        trajectories.addParticipant(trajectory, resident.id());
        DatabaseFingerprint fingerprint = new DatabaseFingerprint(jdbc);

        String base = "/werkruimte/trajecten/" + trajectory;
        // Start from the home pages and from the page of every form found in the handler mappings.
        List<String> workspacePages = new ArrayList<>(List.of(base, "/werkruimte?traject=" + trajectory));
        List<String> portalPages = new ArrayList<>(List.of("/portaal"));
        for (String handler : reachableFormHandlers()) {
            String page = handler.replace("{id}", trajectory.toString()).replace("{participantId}", participant)
                    .replace("{trajectoryId}", trajectory.toString());
            (page.startsWith("/portaal") ? portalPages : workspacePages).add(page);
        }
        Session coordinator = new Session("coordinator");
        List<Form> forms = new ArrayList<>(coordinator.crawl(workspacePages,
                link -> link.startsWith(base) || link.startsWith("/werkruimte/taken/")));
        Session residentSession = new Session("resident1");
        List<Form> portalForms = residentSession.crawl(portalPages, link -> link.startsWith("/portaal"));

        Set<String> posted = new TreeSet<>();
        int refusedTexts = 0;
        for (Form form : forms) {
            refusedTexts += sendBadInput(coordinator, form, fingerprint, posted);
        }
        for (Form form : portalForms) {
            refusedTexts += sendBadInput(residentSession, form, fingerprint, posted);
        }

        Set<String> missed = new TreeSet<>(reachableFormHandlers());
        missed.removeIf(handler -> posted.stream().anyMatch(path -> matches(handler, path)));
        assertThat(missed).as("forms with text fields the crawl did not reach (posted: " + posted + ")").isEmpty();
        assertThat(refusedTexts).as("text fields refused").isGreaterThan(30);
        assertThat(datesRefused).as("dates refused").isGreaterThan(3);
    }

    /**
     * Sends the form once per text field with a NUL in it, and once per date field with each date
     * out of range; answers how many texts were refused with the field error.
     */
    private int sendBadInput(Session session, Form form, DatabaseFingerprint fingerprint, Set<String> posted) {
        int refused = 0;
        List<String> fields = new ArrayList<>(form.textFields());
        fields.addAll(form.otherFields());
        for (String field : fields) {
            Map<String, String> values = new LinkedHashMap<>(form.values());
            values.put(field, BAD);
            List<String> before = fingerprint.take();
            HttpResponse<String> answer = session.post(form.action(), values);
            String what = form.action() + " (from " + form.page() + ") field " + field;
            assertThat(answer.statusCode()).as(what + ": " + answer.body()).isIn(200, 400);
            assertThat(fingerprint.take()).as(what + ": nothing stored").isEqualTo(before);
            if (form.textFields().contains(field)) {
                assertThat(answer.statusCode()).as(what).isEqualTo(200);
                assertThat(answer.body()).as(what + " shows the field error").contains(REFUSED).doesNotContain(BAD);
                refused++;
            }
            posted.add(URI.create(form.action()).getPath());
        }
        for (String field : form.dateFields()) {
            for (String date : DATES) {
                // The other texts filled in, so that the date is what the form is refused for.
                Map<String, String> values = new LinkedHashMap<>(form.values());
                form.textFields().forEach(text -> values.computeIfPresent(text, (name, value) -> value.isEmpty() ? "12" : value));
                values.put(field, date);
                List<String> before = fingerprint.take();
                HttpResponse<String> answer = session.post(form.action(), values);
                String what = form.action() + " (from " + form.page() + ") date " + field + " = " + date;
                assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(200);
                // A field error, or the form's own refusal above it where its rules stop it earlier
                // (a decision round before working together).
                assertThat(answer.body()).as(what + " shows the refusal").containsAnyOf("field-error", "notice-problem");
                assertThat(fingerprint.take()).as(what + ": nothing stored").isEqualTo(before);
                datesRefused++;
            }
        }
        return refused;
    }

    /**
     * The path patterns of the page forms whose record holds a text, that need no more than a
     * trajectory, a participant or the person's own pages to be reached (a task, a round, a
     * meeting or a support request is not made here; their records are covered by
     * PlainTextBindingTests).
     */
    private Set<String> reachableFormHandlers() {
        Set<String> handlers = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            boolean bindsText = java.util.Arrays.stream(entry.getValue().getMethodParameters())
                    .filter(parameter -> parameter.hasParameterAnnotation(ModelAttribute.class))
                    .map(parameter -> parameter.getParameterType())
                    .filter(Class::isRecord)
                    .anyMatch(type -> java.util.Arrays.stream(type.getRecordComponents())
                            .anyMatch(component -> component.getType() == String.class));
            for (String pattern : entry.getKey().getPatternValues()) {
                // The confirmation of adding an existing person is reached from a search result and
                // holds ids only (its binding is covered by PlainTextBindingTests).
                boolean reachable = !pattern.contains("/taken/") && !pattern.contains("{roundId}")
                        && !pattern.contains("{meetingId}") && !pattern.contains("{requestId}")
                        && !pattern.endsWith("/deelnemers/bestaand")
                        && (pattern.startsWith("/werkruimte") || pattern.startsWith("/portaal"));
                if (bindsText && reachable) {
                    handlers.add(pattern);
                }
            }
        }
        assertThat(handlers).as("page forms with a text").hasSizeGreaterThan(8);
        return handlers;
    }

    private static boolean matches(String pattern, String path) {
        PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
        return parsed.matches(org.springframework.http.server.PathContainer.parsePath(path));
    }

    /** A browser session of one user: logged in through Keycloak's form, cookies kept, redirects not followed. */
    private final class Session {

        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackCookieJar())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Session(String userName) {
            String keycloakLogin = location(send(get("/oauth2/authorization/keycloak")));
            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(keycloakLogin)).build());
            Matcher action = LOGIN_FORM_ACTION.matcher(form.body());
            assertThat(action.find()).as("Keycloak's login form").isTrue();
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(HtmlUtils.htmlUnescape(action.group(1))))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + userName + "&password=" + userName
                            + "&credentialId="))
                    .build());
            assertThat(answer.statusCode()).as("Keycloak accepts the login").isEqualTo(302);
            assertThat(send(HttpRequest.newBuilder(URI.create(location(answer))).build()).statusCode()).isEqualTo(302);
        }

        /** The forms that post, with a field to fill in, on the pages reachable from the start pages. */
        List<Form> crawl(List<String> start, Predicate<String> follow) {
            Deque<String> queue = new ArrayDeque<>(start);
            Set<String> seen = new LinkedHashSet<>(start);
            Map<String, Form> forms = new LinkedHashMap<>();
            int fetched = 0;
            while (!queue.isEmpty() && fetched++ < MAX_PAGES) {
                String page = queue.poll();
                HttpResponse<String> answer = send(get(page));
                assertThat(answer.statusCode()).as(page).isLessThan(500);
                if (answer.statusCode() != 200 || !answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    continue;
                }
                for (Form form : forms(page, answer.body())) {
                    forms.putIfAbsent(form.action() + " " + form.values().keySet(), form);
                }
                Matcher link = LINK.matcher(answer.body());
                while (link.find()) {
                    String href = HtmlUtils.htmlUnescape(link.group(1));
                    if (follow.test(href) && !href.contains("download") && !href.endsWith(".ics") && seen.add(href)) {
                        queue.add(href);
                    }
                }
            }
            return new ArrayList<>(forms.values());
        }

        private List<Form> forms(String page, String html) {
            List<Form> forms = new ArrayList<>();
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                Map<String, String> attributes = attributes(form.group(1));
                if (!"post".equalsIgnoreCase(attributes.getOrDefault("method", "get"))) {
                    continue;
                }
                String action = HtmlUtils.htmlUnescape(attributes.getOrDefault("action", page));
                Map<String, String> values = new LinkedHashMap<>();
                Set<String> texts = new LinkedHashSet<>();
                Set<String> others = new LinkedHashSet<>();
                Set<String> dates = new LinkedHashSet<>();
                Matcher field = FIELD.matcher(form.group(2));
                while (field.find()) {
                    String element = field.group(1) == null ? "input" : field.group(1);
                    Map<String, String> fieldAttributes = attributes(field.group(1) == null ? field.group(4) : field.group(2));
                    String name = fieldAttributes.get("name");
                    if (name == null || name.equals("_csrf") && !fieldAttributes.containsKey("value")) {
                        continue;
                    }
                    String value = HtmlUtils.htmlUnescape(fieldAttributes.getOrDefault("value", ""));
                    switch (element) {
                        case "textarea" -> {
                            values.put(name, HtmlUtils.htmlUnescape(field.group(3) == null ? "" : field.group(3)));
                            texts.add(name);
                        }
                        case "select" -> values.put(name, selected(field.group(3)));
                        default -> {
                            String type = fieldAttributes.getOrDefault("type", "text");
                            if ((type.equals("checkbox") || type.equals("radio")) && !fieldAttributes.containsKey("checked")) {
                                if (type.equals("radio")) {
                                    values.putIfAbsent(name, value);
                                }
                                continue;
                            }
                            if (type.equals("submit") || type.equals("button")) {
                                continue;
                            }
                            values.put(name, value);
                            if (TEXT_TYPES.contains(type)) {
                                texts.add(name);
                            }
                            else if (type.equals("date")) {
                                dates.add(name);
                            }
                            else if (type.equals("hidden") && !name.equals("_csrf")) {
                                others.add(name);
                            }
                        }
                    }
                }
                if (!texts.isEmpty() || !dates.isEmpty()) {
                    forms.add(new Form(page, action, values, texts, others, dates));
                }
            }
            return forms;
        }

        private String selected(String options) {
            String first = null;
            Matcher option = OPTION.matcher(options == null ? "" : options);
            while (option.find()) {
                Map<String, String> attributes = attributes(option.group(1));
                String value = HtmlUtils.htmlUnescape(attributes.getOrDefault("value", ""));
                if (attributes.containsKey("selected")) {
                    return value;
                }
                if (first == null && !value.isEmpty()) {
                    first = value;
                }
            }
            return first == null ? "" : first;
        }

        HttpResponse<String> post(String action, Map<String, String> values) {
            StringBuilder body = new StringBuilder();
            values.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action)).header("Accept", "text/html")
                    .header("Accept-Language", "nl-NL,nl;q=0.9")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        }

        private HttpRequest get(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                    .header("Accept-Language", "nl-NL,nl;q=0.9").build();
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return browser.send(request, HttpResponse.BodyHandlers.ofString());
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        // Boolean attributes without a value (checked, selected) as Thymeleaf writes them: name="name".
        for (String flag : List.of("checked", "selected")) {
            if (Pattern.compile("\\b" + flag + "\\b").matcher(tag).find()) {
                attributes.putIfAbsent(flag, flag);
            }
        }
        return attributes;
    }

    private static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect from " + response.uri() + " (" + response.statusCode() + ")"));
        return response.uri().resolve(location).toString();
    }
}
