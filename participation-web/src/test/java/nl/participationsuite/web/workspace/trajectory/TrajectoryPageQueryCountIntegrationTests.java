package nl.participationsuite.web.workspace.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.CountedCalls;
import nl.participationsuite.testsupport.CountedCalls.Counted;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.StatementCounting;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory.Filled;
import nl.participationsuite.workflow.input.InputWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The workspace's trajectory page costs the same number of SQL statements with few and with many
 * participants and inputs: what each section shows is read per section, not per row.
 */
@WebIntegrationTest
@Import(StatementCounting.class)
class TrajectoryPageQueryCountIntegrationTests {

    /** Residents and inputs added between the two measurements. */
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
    InputWorkflow inputs;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Test
    void theTrajectoryPageCostsTheSameWithFewAndWithManyParticipantsAndInputs() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person colleague = LinkedAccounts.person("professional", people, organisations, jwt);
        Filled filled = beans.createBean(FilledTrajectory.class).build(coordinator, colleague, "Tellen in Lemelerveld");
        TrajectoryId id = filled.trajectory().id();
        String path = "/werkruimte/trajecten/" + id;
        CountedCalls browser = new CountedCalls(port);
        browser.logIn("coordinator");
        browser.page(path);

        Counted few = browser.page(path);
        for (int i = 0; i < MORE; i++) {
            Person resident = people.save(Person.resident("Inwoner " + i, null, null, null));
            ParticipantId participant = trajectories.addParticipant(id, resident.id()).id();
            inputs.receive(new ReceiveInput(id, participant, colleague.id(), InputChannel.DOOR_TO_DOOR, "Onderwerp " + i,
                    "Wat inwoner " + i + " inbracht.", null));
        }
        // As before the first count: the session's check with Keycloak (every two seconds in the tests) falls on
        // this request when filling took longer, not on the one counted.
        browser.page(path);
        Counted many = browser.page(path);

        System.out.printf("SQL statements of GET /werkruimte/trajecten/{id}: %d with %d residents and 1 input, "
                + "%d with %d residents and %d inputs%n", few.count(), filled.residents().size(), many.count(),
                filled.residents().size() + MORE, 1 + MORE);
        assertThat(few.response().statusCode()).isEqualTo(200);
        assertThat(many.response().statusCode()).isEqualTo(200);
        assertThat(many.response().body()).contains("Inwoner " + (MORE - 1)).contains("Onderwerp " + (MORE - 1));
        assertThat(many.count()).as(many.listing()).isEqualTo(few.count());
    }
}
