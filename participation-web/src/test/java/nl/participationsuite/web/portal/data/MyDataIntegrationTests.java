package nl.participationsuite.web.portal.data;

import static nl.participationsuite.testsupport.RandomTexts.digits;
import static nl.participationsuite.testsupport.RandomTexts.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.privacy.PersonalDataErasure.Erasure;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.accounts.AccountRemovalJob;
import nl.participationsuite.web.accounts.PortalAccounts;
import nl.participationsuite.web.privacy.PersonalDataFile;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory.Filled;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory.Member;
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.privacy.ResidentErasure;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.trajectory.TrajectoryClosure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * "Mijn gegevens" against the real PostgreSQL and Keycloak. The export of {@code resident1} holds
 * their data, domain and engine history, and nothing of {@code resident2} who takes part in the same
 * trajectory. An erasure leaves no trace of the resident's name, e-mail address, phone number or
 * account id in any table (domain, engine runtime and history), removes the Keycloak account, and
 * keeps every count of the trajectory.
 */
@WebIntegrationTest
class MyDataIntegrationTests {

    @Autowired
    PersonalDataFile myData;

    @Autowired
    ResidentErasure erasure;

    @Autowired
    AccountRemovalJob accountRemovals;

    @Autowired
    PortalAccounts accounts;

    @Autowired
    InputWorkflow inputs;

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    TrajectoryClosure closure;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Test
    void theExportOfResident1HoldsTheirDataAndEngineHistoryAndNothingOfResident2() throws Exception {
        Person anouk = person("resident1");
        Person daan = person("resident2");
        Filled filled = beans.createBean(FilledTrajectory.class).build(person("coordinator"), person("professional"),
                "Gezond ouder worden in Nieuwleusen", List.of(anouk, daan));
        Member me = filled.residents().get(0);
        Member other = filled.residents().get(1);
        inputs.receive(new ReceiveInput(filled.trajectory().id(), me.participant(), null, InputChannel.PORTAL,
                "Bankjes", "Meer bankjes langs het fietspad naar de Vecht.", null));
        inputs.receive(new ReceiveInput(filled.trajectory().id(), other.participant(), null, InputChannel.PORTAL,
                "Sport", "Een beweegtuin bij de school voor jong en oud.", null));

        String export = objectMapper.writerWithDefaultPrettyPrinter()
                .writeValueAsString(myData.of(anouk.id(), Locale.forLanguageTag("nl")));
        Path saved = Path.of("target", "exports", "resident1-export.json");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, export); // to read what a resident gets

        assertThat(export).contains(anouk.displayName()).contains(me.participant().toString())
                .contains("Gezond ouder worden in Nieuwleusen")
                .contains("Meer bankjes langs het fietspad naar de Vecht.")
                .contains("Dichtbij en vertrouwd") // her vote's comment
                .contains(FilledTrajectory.CHANGE_REQUEST) // her review of the first version
                .contains("\"seatHolderId\"").contains("\"voterId\"").contains("\"CastVoteTask\"")
                .contains("Dit zijn alle gegevens die de Participatiesuite over u bewaart");
        assertThat(objectMapper.readTree(export).findValue("notifications").findValuesAsText("kind"))
                .as("what the product told her").contains("VOTE", "SEAT_ACCEPTANCE");
        assertThat(export).doesNotContain(daan.displayName()).doesNotContain(daan.id().toString())
                .doesNotContain(other.participant().toString())
                .doesNotContain("Een beweegtuin bij de school voor jong en oud.")
                .doesNotContain(daan.keycloakSubject()).doesNotContain(anouk.keycloakSubject());
    }

    @Test
    void afterErasureNoTableHoldsTheNameEmailPhoneOrAccountAndTheCountsStay() {
        String suffix = letters(6);
        String name = "Tessa Vermeer-" + suffix;
        String email = "tessa." + suffix + "@example.org";
        String phone = "06-" + digits(8);
        String username = "tessa." + suffix;
        String account = accounts.createResident(new PortalAccounts.NewResidentAccount(username, email, "Tessa",
                "Vermeer-" + suffix, "Tijdelijk-" + letters(10)));
        Person tessa = people.save(Person.resident(name, email, phone, account));
        Person coordinator = person("coordinator");
        Person professional = person("professional");
        Filled filled = beans.createBean(FilledTrajectory.class).build(coordinator, professional,
                "Samen sterk in Hoonhorst", List.of(tessa));
        TrajectoryId id = filled.trajectory().id();
        Member me = filled.residents().get(0);
        ResidentInput input = inputs.receive(new ReceiveInput(id, me.participant(), null, InputChannel.PORTAL,
                "Contact", "Bel mij gerust op " + phone + " of mail " + email + ".", null));
        inputs.respond(id, input.id(), professional.id(), new InputResponseOutcome(InputStatus.ADOPTED,
                "Dank u wel, " + name + ". We nemen uw idee mee naar de stuurgroep."));
        // A second trajectory, closed early for a reason that names her: the engine's history keeps it.
        Trajectory other = workflow.start(new StartTrajectory("Beweegroute Hoonhorst", "Bewegen", "Hoonhorst",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, coordinator.organisationId(),
                coordinator.id(), coordinator.id(), null, null));
        trajectories.addParticipant(other.id(), tessa.id());
        closure.closeEarly(other.id(), coordinator.id(), "Gestopt op verzoek van " + name + " (" + email + ").");
        List<String> identifying = List.of(name, email, phone, account);
        assertThat(tablesHolding(identifying)).as("before the erasure").contains("person", "resident_input",
                "act_hi_procinst");
        Map<String, Long> before = counts(id);

        Erasure erased = erasure.erase(tessa.id());
        assertThat(accountRemovals.removePending()).isZero();

        assertThat(tablesHolding(identifying)).as("tables holding her name, e-mail, phone or account").isEmpty();
        Person after = people.findById(tessa.id()).orElseThrow();
        assertThat(after.displayName()).isEqualTo(erased.pseudonym()).matches("Inwoner [A-Z2-9]{6}");
        assertThat(after.email()).isNull();
        assertThat(after.phone()).isNull();
        assertThat(after.hasAccount()).isFalse();
        assertThat(after.isErased()).isTrue();
        assertThat(accounts.exists(username)).as("Keycloak account").isFalse();
        assertThat(counts(id)).isEqualTo(before);
        assertThat(jdbc.sql("select feedback from resident_input where id = :id").param("id", input.id().value())
                .query(String.class).single())
                .isEqualTo("Dank u wel, " + erased.pseudonym() + ". We nemen uw idee mee naar de stuurgroep.");
        assertThat(trajectories.get(id).participantOf(tessa.id()).orElseThrow().isActive())
                .as("she stepped back from the running trajectory").isFalse();
        assertThatThrownBy(() -> erasure.erase(tessa.id())).isInstanceOfSatisfying(RuleViolationException.class,
                ex -> assertThat(ex.code()).isEqualTo("person.already-erased"));
    }

    @Test
    void aResidentWhoCoordinatesARunningTrajectoryIsNotErased() {
        Person coordinator = person("coordinator");
        Person resident = people.save(Person.resident("Bram Hofstede-" + letters(6), null, null, null));
        Trajectory trajectory = workflow.start(new StartTrajectory("Buurtmoestuin Ankum", "Gezond eten", "Ankum",
                TrajectoryKind.RESIDENT_INITIATIVE, ParticipationLevel.PARTICIPATION, coordinator.organisationId(),
                resident.id(), coordinator.id(), null, null));
        trajectories.addParticipant(trajectory.id(), resident.id());

        assertThatThrownBy(() -> erasure.erase(resident.id())).isInstanceOfSatisfying(RuleViolationException.class,
                ex -> assertThat(ex.code()).isEqualTo("erase.leads-a-trajectory"));
        Person unchanged = people.findById(resident.id()).orElseThrow();
        assertThat(unchanged.isErased()).isFalse();
        assertThat(trajectories.get(trajectory.id()).participantOf(resident.id()).orElseThrow().isActive()).isTrue();
    }

    /** Every count a report of the trajectory is made from. */
    private Map<String, Long> counts(TrajectoryId id) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("participants", "select count(*) from participant where trajectory_id = :id");
        queries.put("residents", "select count(*) from participant where trajectory_id = :id and kind = 'RESIDENT'");
        queries.put("inputs", "select count(*) from resident_input where trajectory_id = :id");
        queries.put("answered", "select count(*) from resident_input where trajectory_id = :id and feedback is not null");
        queries.put("votes", "select count(*) from round_vote v join decision_round r on r.id = v.decision_round_id "
                + "where r.trajectory_id = :id");
        queries.put("seats", "select count(*) from seat s join steering_group g on g.id = s.steering_group_id "
                + "where g.trajectory_id = :id");
        queries.put("reviews", "select count(*) from vision_review r join vision_version v on v.id = r.vision_version_id "
                + "where v.trajectory_id = :id");
        queries.put("conditions", "select count(*) from conditions_answer_set a join conditions_check c on c.id = a.check_id "
                + "where c.trajectory_id = :id");
        queries.put("support", "select count(*) from support_request where trajectory_id = :id");
        queries.put("successes", "select count(*) from success where trajectory_id = :id");
        queries.put("recruitments", "select count(*) from recruitment where trajectory_id = :id");
        Map<String, Long> counts = new LinkedHashMap<>();
        queries.forEach((name, sql) -> counts.put(name, jdbc.sql(sql).param("id", id.value()).query(Long.class).single()));
        return counts;
    }

    /** The tables with a text column holding any of the values anywhere in it (case-insensitive), Liquibase's aside. */
    private List<String> tablesHolding(List<String> values) {
        List<Map<String, Object>> columns = jdbc.sql("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and c.data_type in ('character varying', 'text', 'character')
                  and c.table_name not in ('databasechangelog', 'databasechangeloglock')
                """).query().listOfRows();
        List<String> tables = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = ((String) column.get("table_name")).toLowerCase(Locale.ROOT);
            String sql = "select count(*) from \"" + column.get("table_name") + "\" where \"" + column.get("column_name")
                    + "\" ilike any (:patterns)";
            long found = jdbc.sql(sql).param("patterns", values.stream().map(value -> "%" + value + "%").toArray(String[]::new))
                    .query(Long.class).single();
            if (found > 0 && !tables.contains(table)) {
                tables.add(table);
            }
        }
        return tables;
    }

    private Person person(String user) {
        return LinkedAccounts.person(user, people, organisations, jwt);
    }
}
