package nl.participationsuite.web.api.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.meetings.AttendanceStatus;
import nl.participationsuite.domain.meetings.MeetingId;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The coordinator plans a meeting through the API, and records who came and the minutes afterwards,
 * with real Keycloak tokens: a meeting in the past, minutes before the start, a colleague who only
 * sees the trajectory (403) and an outsider (404) are refused and store nothing.
 */
@WebIntegrationTest
class MeetingPlanningApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    MeetingService meetings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void theCoordinatorPlansAMeetingThatIsReadBackAndOthersAreRefused() throws Exception {
        String coordinator = token("coordinator");
        String id = ApiCalls.startTrajectory(port, coordinator, "Bijeenkomsten plannen", "Lemelerveld");
        String path = "/api/v1/trajectories/" + id + "/meetings";
        Instant start = clock.instant().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> planned = call("POST", path, plan(start), coordinator);

        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        String meetingId = JSON.readTree(planned.body()).get("id").asText();
        assertThat(planned.headers().firstValue("Location")).hasValue(path + "/" + meetingId);
        HttpResponse<String> read = call("GET", path + "/" + meetingId, null, coordinator);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("startsAt").asText()).isEqualTo(start.toString());
        assertThat(JSON.readTree(read.body()).get("venueName").asText()).isEqualTo("Dorpshuis De Potskamp");

        HttpResponse<String> past = call("POST", path, plan(clock.instant().minus(Duration.ofDays(1))), coordinator);
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(past.body()).at("/errors/0/field").asText()).isEqualTo("startsAt");
        assertThat(call("POST", path, plan(start), token("professional")).statusCode()).isEqualTo(403);
        assertThat(call("POST", path, plan(start), token("professional2")).statusCode()).isEqualTo(404);
        assertThat(meetings.upcoming(java.util.List.of(TrajectoryId.of(id)))).hasSize(1);
    }

    @Test
    void theCoordinatorRecordsWhoCameAndTheMinutesOnceTheMeetingStarted() throws Exception {
        String coordinator = token("coordinator");
        TrajectoryId id = TrajectoryId.of(ApiCalls.startTrajectory(port, coordinator, "Verslag", "Heino"));
        ParticipantId resident = trajectories.addParticipant(id,
                people.save(Person.resident("Ria Bos", null, null, null)).id()).id();
        String path = "/api/v1/trajectories/" + id + "/meetings";
        String meetingId = JSON.readTree(call("POST", path,
                plan(clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS)), coordinator).body())
                .get("id").asText();
        String outcome = """
                {"attendance": [{"participantId": "%s", "status": "PRESENT"}], "minutes": "Afgesproken: een buurtschouw."}"""
                .formatted(resident);

        HttpResponse<String> early = call("PUT", path + "/" + meetingId + "/outcome", outcome, coordinator);
        assertThat(early.statusCode()).as(early.body()).isEqualTo(400);
        jdbc.update("update meeting set starts_at = starts_at - interval '4 days', ends_at = ends_at - interval '4 days'"
                + " where id = ?", UUID.fromString(meetingId));
        assertThat(call("PUT", path + "/" + meetingId + "/outcome", outcome, token("professional")).statusCode())
                .isEqualTo(403);
        assertThat(meetings.get(new MeetingId(UUID.fromString(meetingId))).minutes()).isNull();

        HttpResponse<String> recorded = call("PUT", path + "/" + meetingId + "/outcome", outcome, coordinator);

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        JsonNode meeting = JSON.readTree(recorded.body());
        assertThat(meeting.get("minutes").asText()).isEqualTo("Afgesproken: een buurtschouw.");
        assertThat(meetings.get(new MeetingId(UUID.fromString(meetingId))).attendance()).singleElement()
                .satisfies(attendance -> assertThat(attendance.status()).isEqualTo(AttendanceStatus.PRESENT));
    }

    @Test
    void theCoordinatorChangesAndCancelsAMeetingBeforeItStartsAndAConflictIsA409() throws Exception {
        String coordinator = token("coordinator");
        String id = ApiCalls.startTrajectory(port, coordinator, "Bijeenkomsten wijzigen", "Dalfsen");
        String path = "/api/v1/trajectories/" + id + "/meetings";
        Instant start = clock.instant().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.SECONDS);
        String meetingId = JSON.readTree(call("POST", path, plan(start), coordinator).body()).get("id").asText();
        Instant later = start.plus(Duration.ofDays(1));

        HttpResponse<String> changed = call("PUT", path + "/" + meetingId, plan(later), coordinator);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(JSON.readTree(changed.body()).get("startsAt").asText()).isEqualTo(later.toString());
        assertThat(meetings.get(new MeetingId(UUID.fromString(meetingId))).calendarSequence()).isEqualTo(1);

        HttpResponse<String> backwards = call("PUT", path + "/" + meetingId,
                plan(later).replace(later.plus(Duration.ofHours(2)).toString(), later.minus(Duration.ofHours(1)).toString()),
                coordinator);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(backwards.body()).at("/errors/0/field").asText()).isEqualTo("endsAt");
        HttpResponse<String> noReason = call("POST", path + "/" + meetingId + "/cancel", "{\"reason\": \"\"}", coordinator);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noReason.body()).at("/errors/0/field").asText()).isEqualTo("reason");
        String cancel = "{\"reason\": \"De zaal is niet beschikbaar\"}";
        assertThat(call("POST", path + "/" + meetingId + "/cancel", cancel, token("professional")).statusCode())
                .as("a colleague who sees the trajectory").isEqualTo(403);
        assertThat(call("POST", path + "/" + meetingId + "/cancel", cancel, token("professional2")).statusCode())
                .as("an outsider").isEqualTo(404);
        assertThat(call("PUT", path + "/" + UUID.randomUUID(), plan(later), coordinator).statusCode()).isEqualTo(404);

        HttpResponse<String> cancelled = call("POST", path + "/" + meetingId + "/cancel", cancel, coordinator);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(JSON.readTree(cancelled.body()).get("cancelled").asBoolean()).isTrue();
        assertThat(JSON.readTree(cancelled.body()).get("cancellationReason").asText()).isEqualTo("De zaal is niet beschikbaar");

        HttpResponse<String> again = call("POST", path + "/" + meetingId + "/cancel", cancel, coordinator);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(again.body()).get("reason").asText()).isEqualTo("MEETING_CANCELLED");
        assertThat(call("PUT", path + "/" + meetingId, plan(later), coordinator).statusCode()).isEqualTo(409);

        String startedId = JSON.readTree(call("POST", path, plan(start), coordinator).body()).get("id").asText();
        jdbc.update("update meeting set starts_at = ? where id = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofHours(1))), UUID.fromString(startedId));
        HttpResponse<String> started = call("PUT", path + "/" + startedId, plan(later), coordinator);
        assertThat(started.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(started.body()).get("reason").asText()).isEqualTo("MEETING_STARTED");
        assertThat(jdbc.queryForObject("select count(*) from notification where subject_id = ? and kind = 'MEETING_CHANGED'",
                Integer.class, UUID.fromString(startedId))).isZero();
    }

    private static String plan(Instant start) {
        return """
                {"startsAt": "%s", "endsAt": "%s", "venueName": "Dorpshuis De Potskamp", "venueType": "NEIGHBOURHOOD_CENTRE",
                 "neutralFacilitator": true, "plainLanguageChecked": true, "agenda": "Kennismaken",
                 "accessibilityNotes": "Rolstoeltoegankelijk"}""".formatted(start, start.plus(Duration.ofHours(2)));
    }

    private String token(String user) {
        return LinkedAccounts.token(user, people, organisations, jwt);
    }

    private HttpResponse<String> call(String method, String path, String json, String token) {
        return ApiCalls.call(port, method, path, json, token);
    }
}
