package nl.participationsuite.web.api.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The meetings API with real Keycloak tokens: the coordinator (a participant of the trajectory they
 * started) lists its meetings, answers one and changes the answer (one row), a professional of another
 * organisation gets 404, and both endpoints are in the OpenAPI document.
 */
@WebIntegrationTest
class MeetingApiIntegrationTests {

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
    MeetingService meetings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aParticipantListsTheMeetingsAndAnswersAndOthersAreNotFound() throws Exception {
        String coordinator = LinkedAccounts.token("coordinator", people, organisations, jwt);
        String trajectoryId = ApiCalls.startTrajectory(port, coordinator, "Bijeenkomsten in de API", "Lemelerveld");
        Instant startsAt = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        Meeting meeting = meetings.plan(TrajectoryId.of(trajectoryId), new PlanMeeting(startsAt,
                startsAt.plus(Duration.ofHours(2)), "Dorpshuis De Klink", VenueType.NEIGHBOURHOOD_CENTRE, true,
                "Els Kok", true, "Welkom", "Ingang zonder drempel"));
        String path = "/api/v1/trajectories/" + trajectoryId + "/meetings";

        JsonNode listed = JSON.readTree(call("GET", path, null, coordinator).body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(meeting.id().toString());
        assertThat(listed.get(0).get("accessibilityNotes").asText()).isEqualTo("Ingang zonder drempel");
        assertThat(listed.get(0).get("myAnswer").isNull()).isTrue();

        HttpResponse<String> maybe = call("PUT", path + "/" + meeting.id() + "/reply", "{\"answer\": \"MAYBE\"}", coordinator);
        assertThat(maybe.statusCode()).as(maybe.body()).isEqualTo(200);
        HttpResponse<String> yes = call("PUT", path + "/" + meeting.id() + "/reply", "{\"answer\": \"YES\"}", coordinator);
        assertThat(JSON.readTree(yes.body()).get("myAnswer").asText()).isEqualTo("YES");
        assertThat(JSON.readTree(call("GET", path, null, coordinator).body()).get(0).get("myAnswer").asText())
                .isEqualTo("YES");
        assertThat(jdbc.queryForObject("select count(*) from meeting_reply where meeting_id = ?", Integer.class,
                meeting.id().value())).isEqualTo(1);

        HttpResponse<String> wrong = call("PUT", path + "/" + meeting.id() + "/reply", "{\"answer\": \"SOMETIMES\"}",
                coordinator);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));

        String outsider = LinkedAccounts.token("professional2", people, organisations, jwt);
        assertThat(call("GET", path, null, outsider).statusCode()).isEqualTo(404);
        assertThat(call("PUT", path + "/" + meeting.id() + "/reply", "{\"answer\": \"YES\"}", outsider).statusCode())
                .isEqualTo(404);
    }

    @Test
    void documentsTheMeetingsInTheOpenApiDocument() throws Exception {
        JsonNode api = JSON.readTree(call("GET", "/v3/api-docs", null, null).body());

        assertThat(api.at("/paths/~1api~1v1~1trajectories~1{trajectoryId}~1meetings").has("get")).isTrue();
        assertThat(api.at("/paths/~1api~1v1~1trajectories~1{trajectoryId}~1meetings~1{meetingId}~1reply").has("put"))
                .isTrue();
    }

    private HttpResponse<String> call(String method, String path, String json, String token) {
        return ApiCalls.call(port, method, path, json, token);
    }
}
