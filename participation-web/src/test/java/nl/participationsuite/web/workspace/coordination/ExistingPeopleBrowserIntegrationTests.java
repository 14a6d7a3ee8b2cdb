package nl.participationsuite.web.workspace.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.trajectory.LeadershipRole;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * In real headless Chromium, by keyboard: the coordinator finds a resident of another trajectory by
 * search and adds them with their channel, adds a partner's professional, and hands the coordination
 * over to her with a reason; every page accessible.
 */
@WebIntegrationTest
class ExistingPeopleBrowserIntegrationTests {

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

    @Test
    void coordinatorAddsAnExistingResidentAndAPartnerAndHandsTheCoordinationOver() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person partner = LinkedAccounts.person("professional2", people, organisations, jwt);
        String name = "Anouk Zoekmans-" + UUID.randomUUID().toString().substring(0, 6);
        Trajectory earlier = start(coordinator, "Bewegen in Dalfsen");
        Person resident = people.save(Person.resident(name, null, null, null));
        trajectories.addParticipant(earlier.id(), resident.id());
        Trajectory trajectory = start(coordinator, "Samen gezond in Ankum");
        String trajectoryPage = "/werkruimte/trajecten/" + trajectory.id();

        try (Browser browser = Browser.open()) {
            browser.go(app(trajectoryPage));
            browser.logInAtKeycloak("coordinator");
            browser.pressEnterOn(By.linkText("Een bestaande persoon toevoegen"));
            assertThat(browser.text()).contains("Een bestaande persoon toevoegen");
            browser.assertAccessible();
            browser.screenshot("workspace-add-existing-person");

            browser.driver().findElement(By.id("q")).sendKeys(name.toUpperCase());
            browser.pressEnterOn(By.id("q"));
            assertThat(browser.text()).contains("Gevonden").contains(name).contains("Heeft geen account.");
            browser.assertAccessible();
            browser.screenshot("workspace-add-existing-person-found");

            browser.pressEnterOn(By.linkText(name + " toevoegen"));
            assertThat(browser.text()).contains(name + " toevoegen aan het traject").contains("krijgt geen uitnodiging");
            browser.assertAccessible();
            browser.pressEnterOn(By.xpath("//main//form//button[@type='submit']"));
            assertThat(browser.text()).contains("Controleer deze velden");
            browser.assertAccessible();
            browser.screenshot("workspace-add-existing-person-errors");
            browser.driver().findElement(By.id("channel-EVENT")).sendKeys(Keys.SPACE);
            browser.pressEnterOn(By.xpath("//main//form//button[@type='submit']"));
            assertThat(browser.driver().getCurrentUrl()).as(browser::text).endsWith(trajectoryPage);
            assertThat(browser.text()).contains("De inwoner doet nu mee aan het traject.");

            // Her own link from a search result (several test people share her name, so it is opened directly).
            browser.go(app(trajectoryPage + "/deelnemers/bestaand/" + partner.id()));
            assertThat(browser.text()).contains("Sanne Visser toevoegen aan het traject");
            browser.pressEnterOn(By.xpath("//main//form//button[@type='submit']"));
            assertThat(browser.text()).contains("De professional doet nu mee aan het traject.");

            browser.pressEnterOn(By.linkText("Coördinator of aanspreekpunt overdragen"));
            assertThat(browser.text()).contains("De rollen zijn nog niet overgedragen.");
            browser.assertAccessible();
            browser.screenshot("workspace-hand-over");
            browser.driver().findElement(By.id("role")).sendKeys(Keys.SPACE);
            new Select(browser.driver().findElement(By.id("personId"))).selectByValue(partner.id().toString());
            browser.driver().findElement(By.id("reason")).sendKeys("Marieke gaat drie maanden met verlof.");
            browser.pressEnterOn(By.xpath("//main//form//button[@type='submit']"));
            assertThat(browser.driver().getCurrentUrl()).as(browser::text).endsWith(trajectoryPage);
            assertThat(browser.text()).contains("De coördinatie is overgedragen.");
            browser.assertAccessible();

            // Marieke still holds the coordinator role in the trajectory's organisation: she sees the history.
            browser.go(app(trajectoryPage + "/overdragen"));
            assertThat(browser.text())
                    .contains("Coördinator: van Marieke de Vries naar Sanne Visser, door Marieke de Vries.")
                    .contains("Marieke gaat drie maanden met verlof.");
            browser.assertAccessible();
        }

        Trajectory changed = trajectories.get(trajectory.id());
        assertThat(changed.coordinatorId()).isEqualTo(partner.id());
        assertThat(changed.participantOf(resident.id())).isPresent();
        assertThat(involvement.recruitments(trajectory.id())).extracting(recruitment -> recruitment.channel())
                .containsExactly(RecruitmentChannel.EVENT);
        assertThat(trajectories.handovers(trajectory.id())).singleElement()
                .satisfies(handover -> assertThat(handover.role()).isEqualTo(LeadershipRole.COORDINATOR));
    }

    @Test
    void coordinatorChoosesTheContactPersonAndJustifiesASingleRecruitmentChannelWhenStarting() {
        LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person colleague = LinkedAccounts.person("professional", people, organisations, jwt);
        String title = "Eén kanaal " + UUID.randomUUID().toString().substring(0, 6);

        try (Browser browser = Browser.open()) {
            browser.go(app("/werkruimte/trajecten/nieuw"));
            browser.logInAtKeycloak("coordinator");
            browser.driver().findElement(By.id("title")).sendKeys(title);
            browser.driver().findElement(By.id("topic")).sendKeys("Eenzaamheid");
            browser.driver().findElement(By.id("area")).sendKeys("Oudleusen");
            browser.driver().findElement(By.id("kind-ORGANISATION_PROJECT")).sendKeys(Keys.SPACE);
            browser.driver().findElement(By.id("intendedLevel")).sendKeys(Keys.SPACE);
            new Select(browser.driver().findElement(By.id("contactPersonId"))).selectByValue(colleague.id().toString());
            browser.driver().findElement(By.id("minimumChannels")).sendKeys("1");
            browser.pressEnterOn(By.id("area"));
            assertThat(browser.text()).contains("Leg uit waarom één manier van werven genoeg is");
            browser.assertAccessible();
            browser.screenshot("start-trajectory-single-channel");

            browser.driver().findElement(By.id("minimumChannelsJustification"))
                    .sendKeys("In Oudleusen bereikt alleen de dorpsraad deze ouderen.");
            browser.pressEnterOn(By.id("area"));
            assertThat(browser.text()).contains("Het traject is gestart");
        }

        Trajectory started = trajectories.get(trajectories.openWorkedOnBy(colleague.id(), 100).stream()
                .filter(heading -> heading.title().equals(title)).findFirst().orElseThrow().id());
        assertThat(started.contactPersonId()).isEqualTo(colleague.id());
        assertThat(started.minimumChannels()).isEqualTo(1);
        assertThat(started.minimumChannelsJustification()).isEqualTo("In Oudleusen bereikt alleen de dorpsraad deze ouderen.");
    }

    private Trajectory start(Person coordinator, String title) {
        return workflow.start(new StartTrajectory(title, "Gezondheid", "Ankum", TrajectoryKind.ORGANISATION_PROJECT,
                ParticipationLevel.PARTICIPATION, coordinator.organisationId(), coordinator.id(), coordinator.id(), null,
                null));
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
