package nl.participationsuite.web.workspace.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import nl.participationsuite.domain.involvement.ExistingPersonEnrolment;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.LeadershipHandover;
import nl.participationsuite.domain.trajectory.LeadershipRole;
import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonMatch;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.CountedCalls;
import nl.participationsuite.testsupport.CountedCalls.Counted;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.StatementCounting;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.workflow.TrajectoryProcess;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.trajectory.LeadershipHandoverWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Adding someone already known and handing a role over, on the real PostgreSQL, engine and Keycloak:
 * the search is one statement whatever it finds and keeps to its privacy scope, the person keeps one
 * identity, and the coordinator's tasks follow the new coordinator.
 */
@WebIntegrationTest
@Import(StatementCounting.class)
class ExistingPeopleAndHandoverIntegrationTests {

    /** People added between the two measurements of the search page. */
    private static final int MORE = 15;

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
    TrajectoryWorkflow workflow;

    @Autowired
    ExistingPersonEnrolment enrolment;

    @Autowired
    InvolvementService involvement;

    @Autowired
    LeadershipHandoverWorkflow handovers;

    @Test
    void theSearchPageCostsTheSameWithFewAndWithManyMatches() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        String name = "Zoekproef" + UUID.randomUUID().toString().substring(0, 8);
        Trajectory elsewhere = start(coordinator, "Eerder traject " + name);
        Trajectory target = start(coordinator, "Nieuw traject " + name);
        for (int i = 0; i < 2; i++) {
            trajectories.addParticipant(elsewhere.id(), people.save(Person.resident(name + " " + i, null, null, null)).id());
        }
        String path = "/werkruimte/trajecten/" + target.id() + "/deelnemers/bestaand?q=" + name.toLowerCase();
        CountedCalls browser = new CountedCalls(port);
        browser.logIn("coordinator");
        browser.page(path);

        Counted few = browser.page(path);
        for (int i = 2; i < 2 + MORE; i++) {
            trajectories.addParticipant(elsewhere.id(), people.save(Person.resident(name + " " + i, null, null, null)).id());
        }
        Counted many = browser.page(path);

        System.out.printf("SQL statements of GET /werkruimte/trajecten/{id}/deelnemers/bestaand?q=: %d with 2 matches, "
                + "%d with %d matches%n", few.count(), many.count(), 2 + MORE);
        assertThat(few.response().statusCode()).isEqualTo(200);
        assertThat(many.response().statusCode()).isEqualTo(200);
        assertThat(few.response().body()).contains(name + " 1").doesNotContain(name + " 2");
        assertThat(many.response().body()).contains(name + " " + (1 + MORE));
        assertThat(many.count()).as(many.listing()).isEqualTo(few.count());
    }

    @Test
    void theSearchFindsEveryProfessionalButOnlyTheResidentsOfTheSearchersOrganisation() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        String name = "Bereik" + UUID.randomUUID().toString().substring(0, 8);
        Organisation welfare = organisations.save(new Organisation("Welzijn " + name, OrganisationKind.CARE_WELFARE_ORGANISATION));
        Person welfareWorker = people.save(Person.professional(name + " Welzijnswerker", name.toLowerCase() + "@welzijn.example",
                null, welfare.id()));
        Trajectory ours = start(coordinator, "Ons traject " + name);
        Trajectory theirs = trajectories.start(new StartTrajectory("Hun traject " + name, "Gezondheid", "Ommen",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.CONSULTATION, welfare.id(), welfareWorker.id(),
                welfareWorker.id(), null, null));
        Person ourResident = people.save(Person.resident(name + " Onze Inwoner", "Onze." + name + "@example.org", null, null));
        Person theirResident = people.save(Person.resident(name + " Hun Inwoner", null, null, null));
        trajectories.addParticipant(ours.id(), ourResident.id());
        trajectories.addParticipant(theirs.id(), theirResident.id());
        Trajectory target = start(coordinator, "Doel " + name);

        assertThat(search(target, coordinator, name)).extracting(PersonMatch::displayName)
                .contains(name + " Onze Inwoner", name + " Welzijnswerker").doesNotContain(name + " Hun Inwoner");
        assertThat(search(target, coordinator, "ONZE." + name.toUpperCase() + "@EXAMPLE")).extracting(PersonMatch::id)
                .containsExactly(ourResident.id());
        assertThat(search(target, coordinator, ours.reference().toLowerCase())).extracting(PersonMatch::id)
                .contains(coordinator.id(), ourResident.id());
        assertThat(search(target, coordinator, theirs.reference())).extracting(PersonMatch::id)
                .containsExactly(welfareWorker.id());
        assertThat(search(target, coordinator, "%_")).as("wildcards are searched as text").isEmpty();
        assertThatThrownBy(() -> search(target, coordinator, " a ")).isInstanceOfSatisfying(RuleViolationException.class,
                ex -> assertThat(ex.code()).isEqualTo("person-search.too-short"));
    }

    @Test
    void aResidentWithAnAccountJoinsASecondTrajectoryAsTheSamePersonOnce() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person resident = LinkedAccounts.person("resident6", people, organisations, jwt);
        Trajectory first = start(coordinator, "Eerste traject " + UUID.randomUUID());
        trajectories.addParticipant(first.id(), resident.id());
        Trajectory second = start(coordinator, "Tweede traject " + UUID.randomUUID());
        long peopleBefore = people.count();

        enrolment.add(second.id(), coordinator.id(), resident.id(), RecruitmentChannel.PERSONAL_NETWORK, null);

        assertThat(people.count()).isEqualTo(peopleBefore);
        assertThat(trajectories.activeParticipations(resident.id())).extracting(participation -> participation.trajectoryId())
                .contains(first.id(), second.id());
        assertThat(involvement.recruitments(second.id())).singleElement()
                .extracting(recruitment -> recruitment.channel()).isEqualTo(RecruitmentChannel.PERSONAL_NETWORK);
        assertThatThrownBy(() -> enrolment.add(second.id(), coordinator.id(), resident.id(), RecruitmentChannel.ONLINE, null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("participant.already-taking-part"));
        assertThat(involvement.recruitments(second.id())).hasSize(1);
    }

    @Test
    void theCoordinatorsTasksFollowTheNewCoordinatorAfterAHandover() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person partner = LinkedAccounts.person("professional2", people, organisations, jwt);
        Trajectory trajectory = start(coordinator, "Overdracht " + UUID.randomUUID());
        WorkflowTask recruit = task(coordinator, trajectory, TaskSearch.Which.OPEN);
        workflow.claim(recruit.id(), coordinator.id());
        enrolment.add(trajectory.id(), coordinator.id(), partner.id(), null, null);

        LeadershipHandover handover = handovers.handOver(trajectory.id(), coordinator.id(), false,
                LeadershipRole.COORDINATOR, partner.id(), "Marieke gaat met verlof");

        assertThat(trajectories.get(trajectory.id()).coordinatorId()).isEqualTo(partner.id());
        assertThat(task(partner, trajectory, TaskSearch.Which.OPEN).id()).isEqualTo(recruit.id());
        assertThat(workflow.tasks(TaskSearch.of(coordinator.id()).in(trajectory.id())
                .ofKind(TrajectoryProcess.Activities.RECRUIT_RESIDENTS))).isEmpty();
        assertThat(trajectories.handovers(trajectory.id())).singleElement().satisfies(recorded -> {
            assertThat(recorded.id()).isEqualTo(handover.id());
            assertThat(recorded.from()).isEqualTo(coordinator.id());
            assertThat(recorded.handedOverBy()).isEqualTo(coordinator.id());
            assertThat(recorded.reason()).isEqualTo("Marieke gaat met verlof");
        });
        assertThatThrownBy(() -> handovers.handOver(trajectory.id(), coordinator.id(), false, LeadershipRole.CONTACT_PERSON,
                partner.id(), "terug")).isInstanceOf(NotAllowedException.class);
        assertThat(trajectories.handovers(trajectory.id())).hasSize(1);
    }

    private List<PersonMatch> search(Trajectory target, Person searcher, String text) {
        return trajectories.addableTo(target.id(), searcher.id(), text, 50);
    }

    private WorkflowTask task(Person person, Trajectory trajectory, TaskSearch.Which which) {
        return workflow.tasks(TaskSearch.of(person.id()).which(which).in(trajectory.id())
                .ofKind(TrajectoryProcess.Activities.RECRUIT_RESIDENTS)).stream().findFirst().orElseThrow();
    }

    private Trajectory start(Person coordinator, String title) {
        return workflow.start(new StartTrajectory(title, "Gezondheid", "Dalfsen", TrajectoryKind.ORGANISATION_PROJECT,
                ParticipationLevel.CONSULTATION, coordinator.organisationId(), coordinator.id(), coordinator.id(), null, null));
    }
}
