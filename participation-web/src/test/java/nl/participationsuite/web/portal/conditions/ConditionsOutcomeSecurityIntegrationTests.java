package nl.participationsuite.web.portal.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.conditions.AnswerConditions;
import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.conditions.ConditionAnswer;
import nl.participationsuite.domain.conditions.ConditionsCheck;
import nl.participationsuite.domain.conditions.ConditionsService;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.testsupport.HttpBrowser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory.Filled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.util.HtmlUtils;

/**
 * Privacy in small groups on the pages: a resident sees the outcome of the conditions checks they
 * answered, with a group's average only when three or more of that group answered; the
 * professionals' trajectory page hides a lone resident's scores the same way.
 */
@WebIntegrationTest
class ConditionsOutcomeSecurityIntegrationTests {

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
    ConditionsService conditions;

    @Test
    void aResidentSeesTheOutcomeOfTheChecksTheyAnsweredWithoutAnyoneElsesOwnScores() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person colleague = LinkedAccounts.person("professional", people, organisations, jwt);
        Person anouk = LinkedAccounts.person("resident1", people, organisations, jwt);
        // the fixture's first round: Anouk and the coordinator answered, one of each group
        Filled filled = beans.createBean(FilledTrajectory.class)
                .build(coordinator, colleague, "Randvoorwaarden in Lemelerveld", List.of(anouk));
        TrajectoryId id = filled.trajectory().id();
        ConditionsCheck second = conditions.openRound(id);
        for (FilledTrajectory.Member resident : filled.residents()) {
            conditions.answer(second.id(), new AnswerConditions(resident.participant(), scores(resident == filled.residents().get(0) ? 2 : 3)));
        }
        conditions.answer(second.id(), new AnswerConditions(filled.coordinator().participant(), scores(5)));
        ConditionsCheck notAnswered = conditions.openRound(id);
        conditions.answer(notAnswered.id(), new AnswerConditions(filled.coordinator().participant(), scores(1)));

        HttpBrowser resident = new HttpBrowser(port);
        resident.logIn("resident1");
        String page = HtmlUtils.htmlUnescape(resident.get("/portaal/trajecten/" + id + "/randvoorwaarden").body()
                .replaceAll("\\s+", " "));

        assertThat(page).contains("Uitkomst van de beoordelingen: Randvoorwaarden in Lemelerveld")
                .contains("Beoordeling 1").contains("Beoordeling 2").doesNotContain("Beoordeling 3")
                .contains("2,7 (3 antwoorden)")
                .contains("Te weinig antwoorden om te tonen (1 antwoorden)")
                .doesNotContain("5,0").doesNotContain("4,0 (1 antwoorden)").doesNotContain("2,0 (1 antwoorden)");
        assertThat(resident.get("/portaal").body()).contains("/portaal/trajecten/" + id + "/randvoorwaarden");

        HttpBrowser outsider = new HttpBrowser(port);
        LinkedAccounts.person("resident2", people, organisations, jwt);
        outsider.logIn("resident2");
        assertThat(outsider.get("/portaal/trajecten/" + id + "/randvoorwaarden").statusCode()).isEqualTo(404);

        HttpBrowser professional = new HttpBrowser(port);
        professional.logIn("professional");
        String workspace = HtmlUtils.htmlUnescape(professional.get("/werkruimte/trajecten/" + id).body()
                .replaceAll("\\s+", " "));
        assertThat(workspace).contains("2,7 (3 antwoorden)").contains("Te weinig antwoorden om te tonen (1 antwoorden)")
                .doesNotContain("2,0 (1 antwoorden)");
    }

    private static Map<Condition, ConditionAnswer> scores(int score) {
        Map<Condition, ConditionAnswer> answers = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            answers.put(condition, new ConditionAnswer(score, null));
        }
        return answers;
    }
}
