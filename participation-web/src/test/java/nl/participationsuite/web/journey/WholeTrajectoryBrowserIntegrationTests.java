package nl.participationsuite.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.accounts.PortalAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * One whole trajectory, from the start form to the success report, through the pages alone: the
 * coordinator and the professional in the workspace, three residents in the portal, each in their own
 * browser. Nothing moves the process but a page; the only setup is linking the coordinator's and the
 * professional's demo logins to people (identity, not process). The residents get their accounts the
 * way residents do: registered by the coordinator with an account, the activation letter's code as
 * their first password. (The demo logins resident1 … resident3 cannot be used: "Een bestaande persoon
 * toevoegen" finds residents only when they already take part in a trajectory of the organisation, and a
 * freshly linked login takes part in none.) Every page visited is checked with axe-core (WCAG 2.2 AA).
 * No timer is needed on this path: every step is a task or a page action.
 */
@WebIntegrationTest
class WholeTrajectoryBrowserIntegrationTests {

    private static final By SUBMIT = By.xpath("(//main//form//button[@type='submit'])[last()]");

    private static final Pattern TRAJECTORY = Pattern.compile("traject=([0-9a-f-]{36})");

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    PortalAccounts accounts;

    /** The steps that passed, in order: printed at the end and when a step fails. */
    private final List<String> passed = new ArrayList<>();

    private long startedAt;

    @Test
    void aTrajectoryRunsFromTheStartFormToTheSuccessReportThroughThePagesAlone() {
        startedAt = System.nanoTime();
        LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person professional = LinkedAccounts.person("professional", people, organisations, jwt);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Gezond samenleven in Dalfsen " + suffix;
        Map<String, String> residents = new LinkedHashMap<>();
        residents.put("Anouk Jansen", "anouk." + suffix);
        residents.put("Daan Mulder", "daan." + suffix);
        residents.put("Fenna de Boer", "fenna." + suffix);
        List<String> names = List.copyOf(residents.keySet());
        TrajectoryId trajectoryId = null;

        try (Browser coordinator = Browser.open(); Browser jeroen = Browser.open()) {
            // 1. The coordinator starts the trajectory on the start form, with Jeroen as contact person.
            coordinator.go(app("/werkruimte"));
            coordinator.logInAtKeycloak("coordinator");
            coordinator.assertAccessible();
            coordinator.pressEnterOn(By.linkText("Een traject starten"));
            coordinator.assertAccessible();
            type(coordinator, "title", title);
            type(coordinator, "topic", "Gezond ouder worden");
            type(coordinator, "area", "Dalfsen");
            choose(coordinator, "kind", "ORGANISATION_PROJECT");
            choose(coordinator, "intendedLevel", "PARTICIPATION");
            new Select(coordinator.driver().findElement(By.id("contactPersonId"))).selectByValue(professional.id().toString());
            type(coordinator, "minimumResidents", "3");
            type(coordinator, "minimumChannels", "2");
            coordinator.pressEnterOn(By.id("area"));
            assertThat(coordinator.text()).as(coordinator::text).contains("Het traject is gestart")
                    .contains("Inwoners werven en bestaande netwerken in kaart brengen");
            coordinator.assertAccessible();
            Matcher id = TRAJECTORY.matcher(coordinator.driver().getCurrentUrl());
            assertThat(id.find()).as(coordinator.driver().getCurrentUrl()).isTrue();
            trajectoryId = new TrajectoryId(UUID.fromString(id.group(1)));
            String trajectoryPage = "/werkruimte/trajecten/" + trajectoryId;
            coordinator.screenshot("journey-01-started");
            step("start the trajectory on the start form (coordinator, Jeroen Bakker as contact person)");

            // 2. The coordinator registers three residents, each with an account, reached in two ways.
            Map<String, String> codes = new LinkedHashMap<>();
            int index = 0;
            for (Map.Entry<String, String> resident : residents.entrySet()) {
                coordinator.go(app(trajectoryPage));
                coordinator.assertAccessible();
                coordinator.pressEnterOn(By.linkText("Een inwoner aanmelden"));
                coordinator.assertAccessible();
                type(coordinator, "displayName", resident.getKey());
                type(coordinator, "email", resident.getValue() + "@example.org");
                choose(coordinator, "channel", index == 0 ? "DOOR_TO_DOOR" : "EVENT");
                choose(coordinator, "withAccount", "true");
                coordinator.pressEnterOn(By.id("displayName"));
                assertThat(coordinator.text()).as(coordinator::text).contains("Account maken voor " + resident.getKey());
                coordinator.assertAccessible();
                type(coordinator, "username", resident.getValue());
                coordinator.pressEnterOn(By.id("username"));
                assertThat(coordinator.text()).as(coordinator::text).contains("Uw activeringscode")
                        .contains(resident.getValue());
                coordinator.assertAccessible();
                codes.put(resident.getValue(), coordinator.driver().findElement(By.cssSelector("code.activation-code")).getText());
                index++;
            }
            coordinator.screenshot("journey-02-invitation-letter");
            step("register three residents with an account on the register page, activation letters (door to door, event)");

            try (Browser anouk = Browser.open(); Browser daan = Browser.open(); Browser fenna = Browser.open()) {
                List<Browser> portals = List.of(anouk, daan, fenna);
                for (int i = 0; i < portals.size(); i++) {
                    String username = residents.get(names.get(i));
                    portals.get(i).go(app("/portaal"));
                    portals.get(i).logInWithActivationCode(username, codes.get(username), "Eigen-" + suffix + "-wachtwoord-7");
                    assertThat(portals.get(i).text()).as(portals.get(i)::text).contains("Mijn portaal").contains(title);
                    portals.get(i).assertAccessible();
                }
                anouk.screenshot("journey-03-portal-first-login");
                step("each resident signs in for the first time with the letter's code and chooses a password (Keycloak)");

                // 3. The recruitment task.
                workspaceTask(coordinator, trajectoryId, "Inwoners werven en bestaande netwerken in kaart brengen");
                assertThat(coordinator.text()).contains("3");
                coordinator.pressEnterOn(SUBMIT);
                assertThat(coordinator.text()).as(coordinator::text).contains("De taak is afgerond");
                coordinator.assertAccessible();
                step("complete the recruitment task (workspace)");

                // 4. Three motivation conversations.
                for (int conversation = 0; conversation < 3; conversation++) {
                    workspaceTask(coordinator, trajectoryId, "Motivatiegesprek voeren");
                    choose(coordinator, "energySources", "DECISION_MAKING");
                    type(coordinator, "hoursPerMonth", "4");
                    choose(coordinator, "involvementKinds", "PARTICIPATION");
                    choose(coordinator, "preferredTimes", "EVENING");
                    coordinator.pressEnterOn(SUBMIT);
                    assertThat(coordinator.text()).as(coordinator::text).contains("De taak is afgerond");
                    coordinator.assertAccessible();
                }
                step("hold three motivation conversations (workspace)");

                // 5. The shared vision.
                workspaceTask(coordinator, trajectoryId, "Gezamenlijke visie opstellen");
                type(coordinator, "sharedGoal", "Inwoners van Dalfsen bepalen mee hoe ouderen gezond thuis blijven wonen.");
                coordinator.driver().findElement(By.id("expectations-0-party")).sendKeys("De inwoners");
                type(coordinator, "expectations-0-text", "Meedenken en meebeslissen in de stuurgroep");
                type(coordinator, "successCriteria-0-description", "Inbreng krijgt binnen twee weken antwoord");
                type(coordinator, "successCriteria-0-measuredBy", "Registratie van inbreng");
                type(coordinator, "successCriteria-0-target", "90 procent");
                coordinator.screenshot("journey-04-vision-draft");
                coordinator.pressEnterOn(By.id("successCriteria-0-target"));
                assertThat(coordinator.text()).as(coordinator::text).contains("De taak is afgerond");
                coordinator.assertAccessible();
                step("draft the shared vision (workspace)");

                // 6. Everyone reviews the vision: the professionals in the workspace, the residents in the portal.
                for (Browser worker : List.of(coordinator, jeroen)) {
                    if (worker == jeroen) {
                        jeroen.go(app("/werkruimte"));
                        jeroen.logInAtKeycloak("professional");
                        jeroen.assertAccessible();
                    }
                    workspaceTask(worker, trajectoryId, "Gezamenlijke visie beoordelen");
                    choose(worker, "verdict", "ENDORSED");
                    worker.pressEnterOn(SUBMIT);
                    assertThat(worker.text()).as(worker::text).contains("De taak is afgerond");
                    worker.assertAccessible();
                }
                for (Browser resident : portals) {
                    portalTask(resident, "Gezamenlijke visie beoordelen");
                    choose(resident, "verdict", "ENDORSED");
                    resident.pressEnterOn(SUBMIT);
                    assertThat(resident.text()).as(resident::text).contains("Dank u wel. Uw antwoord is opgeslagen.");
                    resident.assertAccessible();
                }
                anouk.screenshot("journey-05-vision-endorsed");
                step("everyone endorses the vision (coordinator and professional in the workspace, residents in the portal)");

                // 7. Role proposals.
                workspaceTask(coordinator, trajectoryId, "Rolafspraken voorstellen");
                List<WebElement> roles = coordinator.driver().findElements(By.xpath("//main//select[contains(@name, '.role')]"));
                assertThat(roles).hasSize(5);
                for (WebElement role : roles) {
                    String prefix = role.getAttribute("name").replace(".role", ".");
                    String legend = role.findElement(By.xpath("ancestor::fieldset[1]/legend")).getText();
                    new Select(role).selectByValue(legend.contains("Marieke de Vries") ? "COORDINATOR"
                            : legend.contains("Jeroen Bakker") ? "PROFESSIONAL_SUPPORT" : "DECISION_MAKER");
                    typeNamed(coordinator, prefix + "responsibilities", "Meedoen aan de stuurgroep");
                    typeNamed(coordinator, prefix + "hoursPerMonth", "4");
                    typeNamed(coordinator, prefix + "supportAgreed", "Reiskostenvergoeding");
                }
                coordinator.screenshot("journey-06-role-proposals");
                coordinator.pressEnterOn(SUBMIT);
                assertThat(coordinator.text()).as(coordinator::text).contains("De taak is afgerond");
                coordinator.assertAccessible();
                step("propose role agreements for all five participants (workspace)");

                // 8. Everyone answers their role agreement.
                for (Browser worker : List.of(coordinator, jeroen)) {
                    workspaceTask(worker, trajectoryId, "Reageren op uw rolafspraak");
                    choose(worker, "answer", "ACCEPT");
                    worker.pressEnterOn(SUBMIT);
                    assertThat(worker.text()).as(worker::text).contains("De taak is afgerond");
                    worker.assertAccessible();
                }
                for (Browser resident : portals) {
                    portalTask(resident, "Reageren op uw rolafspraak");
                    choose(resident, "answer", "ACCEPT");
                    resident.pressEnterOn(SUBMIT);
                    assertThat(resident.text()).as(resident::text).contains("Dank u wel. Uw antwoord is opgeslagen.");
                    resident.assertAccessible();
                }
                step("everyone accepts their role agreement (workspace and portal)");

                // 9. The steering group: three residents with different backgrounds.
                workspaceTask(coordinator, trajectoryId, "Stuurgroep samenstellen");
                List<String> backgrounds = List.of("INFORMAL_CARER", "YOUTH", "LOW_INCOME");
                for (int i = 0; i < names.size(); i++) {
                    tick(coordinator, names.get(i), "seat");
                    tick(coordinator, names.get(i), backgrounds.get(i));
                }
                coordinator.pressEnterOn(By.xpath("//button[@name='action' and @value='check']"));
                assertThat(coordinator.text()).as(coordinator::text).contains("Deze samenstelling voldoet aan alle regels.");
                coordinator.assertAccessible();
                coordinator.screenshot("journey-07-steering-group");
                coordinator.pressEnterOn(By.xpath("//button[@name='action' and @value='save']"));
                assertThat(coordinator.text()).as(coordinator::text).contains("De taak is afgerond");
                coordinator.assertAccessible();
                step("compose the steering group with the three residents (workspace)");

                // 10. The residents take their seats in the portal (and the coordinator, when she was given one to accept).
                for (Browser resident : portals) {
                    portalTask(resident, "Zetel in de stuurgroep aannemen of afslaan");
                    choose(resident, "answer", "ACCEPT");
                    resident.pressEnterOn(SUBMIT);
                    assertThat(resident.text()).as(resident::text).contains("Dank u wel. Uw antwoord is opgeslagen.");
                    resident.assertAccessible();
                }
                boolean coordinatorAccepts = hasWorkspaceTask(coordinator, trajectoryId,
                        "Zetel in de stuurgroep aannemen of afslaan");
                if (coordinatorAccepts) {
                    workspaceTask(coordinator, trajectoryId, "Zetel in de stuurgroep aannemen of afslaan");
                    choose(coordinator, "answer", "ACCEPT");
                    coordinator.pressEnterOn(SUBMIT);
                    coordinator.assertAccessible();
                }
                coordinator.go(app(trajectoryPage));
                assertThat(coordinator.text()).as(coordinator::text).containsPattern("\\nFase\\nSamenwerken");
                coordinator.assertAccessible();
                coordinator.screenshot("journey-08-working-together");
                step("the residents accept their seats (portal): the trajectory works together"
                        + (coordinatorAccepts ? "; the coordinator accepted hers in the workspace" : ""));

                // 11. Two decision rounds, opened on the workspace's page.
                List<String> rounds = List.of("Plek van de wijkbijeenkomsten " + suffix, "Budget voor bankjes " + suffix);
                for (String round : rounds) {
                    coordinator.go(app(trajectoryPage));
                    coordinator.pressEnterOn(By.linkText("Een voorstel aan de stuurgroep voorleggen"));
                    coordinator.assertAccessible();
                    type(coordinator, "title", round);
                    type(coordinator, "proposal", "De stuurgroep besluit over: " + round + ".");
                    coordinator.pressEnterOn(By.id("title"));
                    assertThat(coordinator.driver().getCurrentUrl()).as(coordinator::text).endsWith(trajectoryPage);
                    coordinator.assertAccessible();
                }
                step("open two decision rounds on the workspace page");

                // 12. Every seat holder votes on both rounds: the residents in the portal, a professional seat in the workspace.
                for (Browser resident : portals) {
                    for (int vote = 0; vote < 2; vote++) {
                        portalTask(resident, "Stemmen over een voorstel");
                        choose(resident, "choice", "FOR");
                        resident.pressEnterOn(SUBMIT);
                        assertThat(resident.text()).as(resident::text).contains("Dank u wel. Uw antwoord is opgeslagen.");
                        resident.assertAccessible();
                    }
                }
                int workspaceVotes = 0;
                for (Browser worker : List.of(coordinator, jeroen)) {
                    while (hasWorkspaceTask(worker, trajectoryId, "Stemmen over een voorstel")) {
                        workspaceVotes++;
                        workspaceTask(worker, trajectoryId, "Stemmen over een voorstel");
                        choose(worker, "choice", "AGAINST");
                        worker.pressEnterOn(SUBMIT);
                        assertThat(worker.text()).as(worker::text).contains("De taak is afgerond");
                        worker.assertAccessible();
                    }
                }
                anouk.go(app("/portaal"));
                assertThat(anouk.text()).as(anouk::text).contains("Wat de stuurgroep besloot")
                        .contains(rounds.get(0) + ": Aangenomen").contains(rounds.get(1) + ": Aangenomen");
                anouk.assertAccessible();
                anouk.screenshot("journey-09-decisions");
                step("the seat holders vote on both rounds: 6 votes in the portal, " + workspaceVotes
                        + " in the workspace; both decided");

                // 13. A success, registered on the workspace's page and made visible by its task.
                coordinator.go(app(trajectoryPage));
                coordinator.pressEnterOn(By.linkText("Een succes registreren"));
                coordinator.assertAccessible();
                choose(coordinator, "kind", "QUICK_WIN");
                type(coordinator, "title", "Bankjes bij de bushalte " + suffix);
                type(coordinator, "description", "De gemeente plaatste ze na het besluit van de stuurgroep.");
                coordinator.driver().findElement(By.id("successCriterionIds")).sendKeys(Keys.SPACE);
                coordinator.pressEnterOn(By.id("title"));
                assertThat(coordinator.text()).as(coordinator::text).contains("Het succes is geregistreerd.");
                coordinator.assertAccessible();
                workspaceTask(coordinator, trajectoryId, "Een succes zichtbaar maken");
                choose(coordinator, "channel", "PORTAL");
                coordinator.pressEnterOn(SUBMIT);
                assertThat(coordinator.text()).as(coordinator::text).contains("De taak is afgerond");
                coordinator.assertAccessible();
                coordinator.screenshot("journey-10-success-visible");
                step("register a success on the workspace page and make it visible (task)");

                // 14. A meeting, planned in the evening the residents chose, which Anouk accepts in the portal.
                coordinator.go(app(trajectoryPage));
                coordinator.pressEnterOn(By.linkText("Een bijeenkomst plannen"));
                coordinator.assertAccessible();
                LocalDate weekday = IntStream.rangeClosed(1, 12)
                        .mapToObj(month -> LocalDate.of(LocalDate.now().getYear() + 1, month, month))
                        .filter(day -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()).findFirst()
                        .orElseThrow();
                type(coordinator, "date", weekday.format(DateTimeFormatter.ofPattern("ddMMyyyy")));
                type(coordinator, "startTime", "0730P");
                type(coordinator, "endTime", "0900P");
                coordinator.driver().findElement(By.id("venueType")).sendKeys(Keys.SPACE);
                type(coordinator, "venueName", "Dorpshuis De Klink");
                coordinator.driver().findElement(By.id("plainLanguageChecked")).sendKeys(Keys.SPACE);
                coordinator.pressEnterOn(By.id("venueName"));
                if (!coordinator.driver().getCurrentUrl().endsWith(trajectoryPage)
                        && !coordinator.driver().findElements(By.id("plannedAnyway")).isEmpty()) {
                    coordinator.assertAccessible();
                    coordinator.driver().findElement(By.id("plannedAnyway")).sendKeys(Keys.SPACE);
                    coordinator.pressEnterOn(By.id("venueName"));
                }
                assertThat(coordinator.driver().getCurrentUrl()).as(coordinator::text).endsWith(trajectoryPage);
                assertThat(coordinator.text()).contains("De bijeenkomst is gepland.");
                coordinator.assertAccessible();
                anouk.go(app("/portaal/bijeenkomsten"));
                anouk.assertAccessible();
                anouk.driver().findElement(By.id("answer-1-YES")).sendKeys(Keys.SPACE);
                anouk.pressEnterOn(By.xpath("(//main//form//button[@type='submit'])[1]"));
                assertThat(anouk.text()).as(anouk::text).contains("Fijn dat u komt!");
                anouk.assertAccessible();
                anouk.screenshot("journey-11-meeting-accepted");
                step("plan a meeting on the workspace page; Anouk accepts it in the portal");

                // 15. The working phase closes, and the coordinator reports against the definition of success.
                workspaceTask(coordinator, trajectoryId, "De fase van samenwerken afsluiten");
                coordinator.driver().findElement(By.id("confirmed")).sendKeys(Keys.SPACE);
                coordinator.pressEnterOn(SUBMIT);
                assertThat(coordinator.text()).as(coordinator::text).contains("De taak is afgerond");
                coordinator.assertAccessible();
                step("close the working phase (task)");

                workspaceTask(coordinator, trajectoryId, "Resultaten vergelijken met de definitie van succes");
                coordinator.screenshot("journey-12-success-report");
                List<WebElement> results = coordinator.driver().findElements(
                        By.xpath("//main//input[@type='radio' and contains(@name, '.result') and @value='MET']"));
                assertThat(results).isNotEmpty();
                for (WebElement result : results) {
                    result.sendKeys(Keys.SPACE);
                    typeNamed(coordinator, result.getAttribute("name").replace(".result", ".explanation"),
                            "Alle inbreng kreeg binnen twee weken antwoord.");
                }
                type(coordinator, "summary", "De stuurgroep besloot twee keer; de bankjes staan er.");
                choose(coordinator, "decision", "CLOSE");
                coordinator.pressEnterOn(SUBMIT);
                assertThat(coordinator.text()).as(coordinator::text).contains("De taak is afgerond");
                coordinator.assertAccessible();
                coordinator.go(app(trajectoryPage));
                assertThat(coordinator.text()).as(coordinator::text).containsPattern("\\nFase\\nAfgesloten");
                coordinator.assertAccessible();
                coordinator.screenshot("journey-13-after-report");
                step("write the success report (evaluation phase) and decide to close");
            }
        }
        catch (AssertionError | RuntimeException failure) {
            System.out.println("JOURNEY failed after " + passed.size() + " steps: " + passed);
            throw failure;
        }
        finally {
            System.out.printf("JOURNEY %d steps passed in %d s%n", passed.size(), (System.nanoTime() - startedAt) / 1_000_000_000L);
            if (trajectoryId != null) {
                trajectories.get(trajectoryId).participants().stream()
                        .map(participant -> people.findById(participant.personId()).orElseThrow())
                        .filter(Person::hasAccount).filter(Person::isResident)
                        .forEach(resident -> accounts.delete(resident.keycloakSubject()));
            }
        }
    }

    private void step(String description) {
        passed.add(description);
        System.out.printf("JOURNEY step %d ok after %d s: %s%n", passed.size(),
                (System.nanoTime() - startedAt) / 1_000_000_000L, description);
    }

    /** Opens the first task of this name in the user's inbox for the trajectory. */
    private void workspaceTask(Browser browser, TrajectoryId trajectory, String label) {
        browser.go(app("/werkruimte?traject=" + trajectory));
        browser.assertAccessible();
        browser.pressEnterOn(By.xpath("(//main//table//a[normalize-space()='" + label + "'])[1]"));
        assertThat(browser.text()).as(browser::text).contains(label);
        browser.assertAccessible();
    }

    private boolean hasWorkspaceTask(Browser browser, TrajectoryId trajectory, String label) {
        browser.go(app("/werkruimte?traject=" + trajectory));
        return !browser.driver().findElements(By.xpath("//main//table//a[normalize-space()='" + label + "']")).isEmpty();
    }

    /** Opens the first task of this name on the resident's portal home. */
    private void portalTask(Browser browser, String label) {
        browser.go(app("/portaal"));
        browser.assertAccessible();
        browser.pressEnterOn(By.xpath("(//main//a[normalize-space()='" + label + "'])[1]"));
        browser.assertAccessible();
    }

    /** Replaces a field's value (found by id) with the text. */
    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Replaces a field's value (found by name) with the text. */
    private static void typeNamed(Browser browser, String name, String text) {
        WebElement field = browser.driver().findElement(By.name(name));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Ticks the radio button or checkbox of this name and value with the space bar. */
    private static void choose(Browser browser, String name, String value) {
        browser.driver().findElement(By.xpath("//main//input[@name='" + name + "' and @value='" + value + "']"))
                .sendKeys(Keys.SPACE);
    }

    /** Ticks a participant's "gets a seat" box or one of their backgrounds, with the space bar. */
    private static void tick(Browser browser, String name, String value) {
        String box = "seat".equals(value) ? "contains(@name, '.seat')" : "@value='" + value + "'";
        browser.driver().findElement(By.xpath("//fieldset[legend/span[text()='" + name + "']]//input[@type='checkbox' and "
                + box + "]")).sendKeys(Keys.SPACE);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
