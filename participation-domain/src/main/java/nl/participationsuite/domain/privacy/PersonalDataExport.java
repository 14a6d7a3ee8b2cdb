package nl.participationsuite.domain.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;

/**
 * Everything the domain holds about one person (AVG article 15): the person, each trajectory they
 * take part in, per kind of record the rows that are theirs, and what the product told them
 * (notifications, without their texts, which are made when sent) with their message preferences. Rows are read straight from the
 * tables so that nothing is left out because no page shows it; only rows linked to the person or one
 * of their participations are read, never another resident's. Who else recorded or decided something
 * appears by name when it was a professional, else as "another participant"; the audit columns (an
 * account id and a row version) are left out.
 */
@Service
public class PersonalDataExport {

    /** Columns that say nothing to the resident or name someone else's account. */
    private static final Set<String> LEFT_OUT = Set.of("created_by", "modified_by", "version");

    /** Each kind of record and how to find the person's rows: {@code :participants} are their participations. */
    private static final Map<String, String> RECORDS = records();

    /** Each kind of record kept about the person themselves rather than a participation: {@code :person}. */
    private static final Map<String, String> PERSONAL_RECORDS = Map.of(
            "notifications", """
                    select id, kind, trajectory_id, created_at, status, sent_at, read_at
                    from notification where recipient_id = :person order by created_at""",
            "notificationPreferences", "select * from notification_preference where person_id = :person");

    private final JdbcClient jdbc;

    private final People people;

    PersonalDataExport(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** The person's data as plain values (text, numbers, yes/no, lists and maps), section by section. */
    @Transactional(readOnly = true)
    public Map<String, Object> of(PersonId personId) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("id", person.id().toString());
        about.put("kind", person.kind().name());
        about.put("displayName", person.displayName());
        about.put("email", person.email());
        about.put("phone", person.phone());
        about.put("hasAccount", person.hasAccount());
        about.put("createdAt", person.createdAt() == null ? null : person.createdAt().toString());
        about.put("erasedAt", person.erasedAt() == null ? null : person.erasedAt().toString());
        data.put("person", about);

        UUID me = person.id().value();
        Map<UUID, String> names = new HashMap<>();
        List<Map<String, Object>> participations = rows("""
                select p.id, p.trajectory_id, t.reference as trajectory_reference, t.title as trajectory_title,
                       p.kind, p.joined_at, p.stepped_back_at
                from participant p join trajectory t on t.id = p.trajectory_id
                where p.person_id = :person order by p.joined_at""", me, List.of(), names);
        data.put("participations", participations);
        data.put("trajectoriesCoordinatedOrContact", rows("""
                select id, reference, title, coordinator_id = :person as coordinator,
                       contact_person_id = :person as contact_person
                from trajectory where coordinator_id = :person or contact_person_id = :person order by started_at""",
                me, List.of(), names));
        List<UUID> mine = participations.stream().map(row -> UUID.fromString((String) row.get("id"))).toList();
        RECORDS.forEach((section, sql) -> data.put(section, mine.isEmpty() ? List.of() : rows(sql, me, mine, names)));
        new TreeMap<>(PERSONAL_RECORDS).forEach((section, sql) -> data.put(section, rows(sql, me, List.of(), names)));
        return data;
    }

    /** The SQL of every section, for a test that checks no table with a resident's rows is left out. */
    static List<String> queries() {
        List<String> queries = new ArrayList<>(RECORDS.values());
        queries.addAll(PERSONAL_RECORDS.values());
        return List.copyOf(queries);
    }

    /** The rows as plain values; {@code names} remembers who each person reference is, one lookup per person. */
    private List<Map<String, Object>> rows(String sql, UUID me, List<UUID> participants, Map<UUID, String> names) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (sql.contains(":person")) {
            statement = statement.param("person", me);
        }
        if (sql.contains(":participants")) {
            statement = statement.param("participants", participants);
        }
        return statement.query().listOfRows().stream().map(row -> plain(row, me, names)).toList();
    }

    /** One row as plain values with camel-case names; a person reference ({@code *_by}) as a name. */
    private Map<String, Object> plain(Map<String, Object> row, UUID me, Map<UUID, String> names) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (LEFT_OUT.contains(column)) {
                return;
            }
            Object plain = value;
            if (column.endsWith("_by") && value instanceof UUID id) {
                plain = names.computeIfAbsent(id, person -> who(person, me));
            }
            else if (value instanceof UUID id) {
                plain = id.toString();
            }
            else if (value instanceof Timestamp timestamp) {
                plain = timestamp.toInstant().toString();
            }
            else if (value instanceof Date date) {
                plain = date.toLocalDate().toString();
            }
            else if (value instanceof java.time.temporal.Temporal temporal) {
                plain = temporal.toString();
            }
            values.put(camelCase(column), plain);
        });
        return values;
    }

    private String who(UUID id, UUID me) {
        if (id.equals(me)) {
            return "me";
        }
        return people.findById(new PersonId(id)).filter(person -> !person.isResident()).map(Person::displayName)
                .orElse("another participant");
    }

    static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char character : column.toCharArray()) {
            if (character == '_') {
                upper = true;
            }
            else {
                name.append(upper ? Character.toUpperCase(character) : character);
                upper = false;
            }
        }
        return name.toString();
    }

    private static Map<String, String> records() {
        Map<String, String> records = new LinkedHashMap<>();
        records.put("recruitments", "select * from recruitment where participant_id in (:participants)");
        records.put("motivationProfiles", "select * from motivation_profile where participant_id in (:participants)");
        records.put("motivationHistory", """
                select h.* from motivation_profile_history h join motivation_profile p on p.id = h.profile_id
                where p.participant_id in (:participants) order by h.recorded_at""");
        records.put("visionExpectations", "select * from vision_expectation where participant_id in (:participants)");
        records.put("visionReviews", "select * from vision_review where participant_id in (:participants)");
        records.put("roleAgreements", "select * from role_agreement where participant_id in (:participants)");
        records.put("seats", "select * from seat where holder_id in (:participants)");
        records.put("seatBackgrounds", """
                select b.* from seat_background b join seat s on s.id = b.seat_id where s.holder_id in (:participants)""");
        records.put("votes", """
                select v.*, r.title as round_title, r.proposal as round_proposal from round_vote v
                join decision_round r on r.id = v.decision_round_id where v.participant_id in (:participants)
                order by v.cast_at""");
        records.put("inputs", "select * from resident_input where participant_id in (:participants) order by received_at");
        records.put("inputStatusChanges", """
                select c.* from input_status_change c join resident_input i on i.id = c.resident_input_id
                where i.participant_id in (:participants) order by c.changed_at""");
        records.put("meetingAttendance", """
                select a.*, m.starts_at as meeting_starts_at, m.venue_name as meeting_venue from meeting_attendance a
                join meeting m on m.id = a.meeting_id where a.participant_id in (:participants)""");
        records.put("meetingReplies", """
                select r.*, m.starts_at as meeting_starts_at, m.venue_name as meeting_venue from meeting_reply r
                join meeting m on m.id = r.meeting_id where r.participant_id in (:participants)""");
        records.put("supportRequests", "select * from support_request where participant_id in (:participants)");
        records.put("conditionsAnswers", "select * from conditions_answer_set where participant_id in (:participants)");
        records.put("conditionsScores", """
                select s.* from conditions_score s join conditions_answer_set a on a.id = s.answer_set_id
                where a.participant_id in (:participants)""");
        return Collections.unmodifiableMap(records);
    }
}
