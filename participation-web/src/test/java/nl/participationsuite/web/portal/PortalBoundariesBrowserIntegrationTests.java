package nl.participationsuite.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.MotivationProfile;
import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.motivation.ProfileSource;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory.Filled;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Resident1 (Anouk Jansen), holding a seat in a trajectory played through to working together, in
 * real headless Chromium and Keycloak: adds what gives them energy and lowers their boundaries,
 * looks inside the steering group and steps back after reading what that means; the domain then
 * keeps the earlier profile, and shows them stepped back and their seat free.
 */
@WebIntegrationTest
class PortalBoundariesBrowserIntegrationTests {

    private static final By SUBMIT = By.cssSelector("main form.form button[type=submit]");

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    MotivationService motivations;

    @Autowired
    SteeringGroupService steeringGroups;

    @Test
    void residentChangesBoundariesSeesTheSteeringGroupAndStepsBack() {
        Person coordinator = linked("coordinator");
        Person colleague = linked("professional");
        Person anouk = linked("resident1");
        Person fatima = people.save(Person.resident("Fatima El Amrani", null, null, null));
        Filled filled = beans.createBean(FilledTrajectory.class)
                .build(coordinator, colleague, "Gezond samen in Lemelerveld", List.of(fatima, anouk));
        TrajectoryId id = filled.trajectory().id();
        ParticipantId seat = filled.residents().get(1).participant();

        try (Browser browser = Browser.open()) {
            browser.go(app("/portaal/grenzen?traject=" + id));
            browser.logInAtKeycloak("resident1");
            assertThat(browser.text()).contains("Mijn motivatie en grenzen").contains("Voor: Gezond samen in Lemelerveld")
                    .contains("Dit is ingevuld in het gesprek met " + coordinator.displayName())
                    .contains("Wat geeft u energie?").contains("Wat heeft u nodig om mee te doen?");
            assertThat(browser.driver().findElement(By.id("energySources")).isSelected()).isTrue();
            WebElement organising = browser.driver().findElement(By.id("energySources-ORGANISING"));
            assertThat(organising.isSelected()).isFalse();
            organising.sendKeys(Keys.SPACE);
            assertThat(organising.isSelected()).isTrue();
            WebElement hours = browser.driver().findElement(By.id("hoursPerMonth"));
            assertThat(hours.getDomProperty("value")).isEqualTo("4");
            hours.clear();
            hours.sendKeys("2");
            browser.driver().findElement(By.id("preferredTimes-WEEKEND")).sendKeys(Keys.SPACE);
            browser.driver().findElement(By.id("supportNeeds")).sendKeys("Vervoer naar het dorpshuis");
            browser.pressEnterOn(SUBMIT);
            assertThat(browser.text()).contains("Uw motivatie en grenzen zijn opgeslagen.").contains("U heeft dit zelf ingevuld op");
            assertThat(browser.driver().findElement(By.id("energySources-ORGANISING")).isSelected()).isTrue();
            browser.assertAccessible();

            browser.go(app("/portaal/trajecten/" + id + "/stuurgroep"));
            assertThat(browser.text()).contains("De stuurgroep van Gezond samen in Lemelerveld")
                    .contains("Anouk Jansen (dat bent u)").contains("Fatima El Amrani").contains(coordinator.displayName())
                    .doesNotContain("Ineke Mulder")
                    .contains(FilledTrajectory.ROUND).contains("Stem over: " + FilledTrajectory.ROUND)
                    .contains(FilledTrajectory.VENUE);
            assertThat(browser.driver().findElement(By.linkText("Stem over: " + FilledTrajectory.ROUND))
                    .getDomAttribute("href")).startsWith("/portaal/taken/");
            browser.assertAccessible();
            browser.phoneScreenshot("portal-steering-group");

            browser.go(app("/portaal/trajecten/" + id + "/stoppen"));
            assertThat(browser.text()).contains("Stoppen met Gezond samen in Lemelerveld")
                    .contains("U heeft een plek in de stuurgroep. Die plek komt vrij.")
                    .contains("Wat u heeft ingebracht, blijft bewaard.");
            browser.assertAccessible();
            browser.screenshot("portal-step-back");
            browser.pressEnterOn(SUBMIT);
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(app("/portaal"));

            browser.go(app("/portaal/trajecten/" + id + "/stoppen"));
            assertThat(browser.text()).contains("gestopt met dit traject").doesNotContain("Ja, ik stop");
            browser.go(app("/portaal/trajecten/" + id + "/stuurgroep"));
            assertThat(browser.text()).contains("Deze pagina bestaat niet, of is niet voor u bedoeld.");
        }

        MotivationProfile profile = motivations.get(id, seat);
        assertThat(profile.motivation().energySources())
                .containsExactlyInAnyOrder(EnergySource.DECISION_MAKING, EnergySource.ORGANISING);
        assertThat(profile.motivation().hoursPerMonth()).isEqualTo(2);
        assertThat(profile.motivation().preferredTimes()).containsExactlyInAnyOrder(PreferredTime.EVENING, PreferredTime.WEEKEND);
        assertThat(profile.motivation().supportNeeds()).isEqualTo("Vervoer naar het dorpshuis");
        assertThat(profile.motivation().source()).isEqualTo(ProfileSource.RESIDENT);
        assertThat(profile.history()).singleElement()
                .satisfies(earlier -> assertThat(earlier.motivation().source()).isEqualTo(ProfileSource.CONVERSATION));
        assertThat(trajectories.get(id).participant(seat).isActive()).isFalse();
        assertThat(steeringGroups.get(id).holdsSeat(seat)).isFalse();
    }

    private Person linked(String user) {
        return LinkedAccounts.person(user, people, organisations, jwt);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
