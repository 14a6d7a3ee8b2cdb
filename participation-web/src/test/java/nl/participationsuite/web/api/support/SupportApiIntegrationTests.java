package nl.participationsuite.web.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.support.RequestTraining;
import nl.participationsuite.domain.support.RequestTravelCost;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.support.SupportStatus;
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
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The support API with real Keycloak tokens: the requests residents made (through the service here,
 * the portal comes later), the coordinator's decision, the payment, the investment totals, and
 * every refusal leaving the request as it was.
 */
@WebIntegrationTest
class SupportApiIntegrationTests {

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
    SupportService support;

    @Test
    void theCoordinatorDecidesOnRequestsThatAreThenPaidAndCountAsInvestment() throws Exception {
        String coordinator = token("coordinator");
        String colleague = token("professional");
        TrajectoryId trajectory = startTrajectory(coordinator);
        ParticipantId fatima = resident(trajectory, "Fatima El Amrani");
        SupportRequest travel = support.requestTravelCost(trajectory,
                new RequestTravelCost(fatima, LocalDate.now().minusDays(3), "Lemelerveld", "Raalte", 1250L));
        SupportRequest training = support.requestTraining(trajectory,
                new RequestTraining(fatima, "Vergadertechnieken", "Vrijwilligersacademie", 5000L));
        SupportRequest taxi = support.requestTravelCost(trajectory,
                new RequestTravelCost(fatima, LocalDate.now().minusDays(1), "Heino", "Zwolle", 8000L));
        String path = "/api/v1/trajectories/" + trajectory;
        String requests = path + "/support-requests/";

        JsonNode list = JSON.readTree(call("GET", path + "/support-requests", null, colleague).body());
        assertThat(list.at("/page/totalElements").asInt()).isEqualTo(3);
        assertThat(list.at("/content/0/id").asText()).isEqualTo(taxi.id().toString());
        assertThat(list.at("/content/2/amountCents").asLong()).isEqualTo(1250);
        assertThat(list.at("/content/2/status").asText()).isEqualTo("REQUESTED");
        assertThat(list.at("/content/2/residentName").asText()).isEqualTo("Fatima El Amrani");

        HttpResponse<String> approved = call("POST", requests + travel.id() + "/approve", null, coordinator);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(JSON.readTree(approved.body()).get("status").asText()).isEqualTo("APPROVED");
        assertThat(JSON.readTree(approved.body()).get("decidedBy").asText()).isEqualTo("Marieke de Vries");
        assertThat(call("POST", requests + training.id() + "/approve", null, coordinator).statusCode()).isEqualTo(200);
        HttpResponse<String> rejected = call("POST", requests + taxi.id() + "/reject",
                "{\"reason\": \"Voor de taxi is een regeling via de Wmo.\"}", coordinator);
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(JSON.readTree(rejected.body()).get("rejectionReason").asText())
                .isEqualTo("Voor de taxi is een regeling via de Wmo.");

        assertThat(call("POST", requests + training.id() + "/paid", null, colleague).statusCode()).isEqualTo(403);
        HttpResponse<String> paid = call("POST", requests + training.id() + "/paid", null, coordinator);
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(JSON.readTree(paid.body()).get("status").asText()).isEqualTo("PAID");

        JsonNode investment = JSON.readTree(call("GET", path + "/support-investment", null, colleague).body());
        assertThat(investment.get("approvedCents").asLong()).isEqualTo(1250);
        assertThat(investment.get("paidCents").asLong()).isEqualTo(5000);
        assertThat(investment.get("totalCents").asLong()).isEqualTo(6250);
    }

    @Test
    void refusesDecisionsThatAreNotTheCallersOrNoLongerOpenAndChangesNothing() throws Exception {
        String coordinator = token("coordinator");
        String colleague = token("professional");
        String outsider = token("professional2");
        TrajectoryId trajectory = startTrajectory(coordinator);
        ParticipantId fatima = resident(trajectory, "Fatima El Amrani");
        SupportRequest travel = support.requestTravelCost(trajectory,
                new RequestTravelCost(fatima, LocalDate.now().minusDays(3), "Lemelerveld", "Raalte", 1250L));
        String path = "/api/v1/trajectories/" + trajectory;
        String approve = path + "/support-requests/" + travel.id() + "/approve";

        HttpResponse<String> byColleague = call("POST", approve, null, colleague);
        assertThat(byColleague.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(byColleague.body()).get("code").asText()).isEqualTo("trajectory.not-your-coordination");
        HttpResponse<String> byOutsider = call("POST", approve, null, outsider);
        assertThat(byOutsider.statusCode()).isEqualTo(404);
        assertThat(byOutsider.body()).doesNotContain("Lemelerveld");
        assertThat(call("GET", path + "/support-requests", null, outsider).statusCode()).isEqualTo(404);
        assertThat(call("GET", path + "/support-investment", null, outsider).statusCode()).isEqualTo(404);
        assertThat(call("POST", path + "/support-requests/" + travel.id() + "/paid", null, outsider).statusCode())
                .isEqualTo(404);

        HttpResponse<String> noReason = call("POST", path + "/support-requests/" + travel.id() + "/reject",
                "{\"reason\": \"\"}", coordinator);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noReason.body()).at("/errors/0/field").asText()).isEqualTo("reason");

        HttpResponse<String> paidTooSoon = call("POST", path + "/support-requests/" + travel.id() + "/paid", null, coordinator);
        assertThat(paidTooSoon.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(paidTooSoon.body()).at("/errors/0/code").asText()).isEqualTo("support.not-approved");

        // A request of another trajectory, even one the caller coordinates, is not found through this one.
        TrajectoryId other = startTrajectory(coordinator);
        SupportRequest elsewhere = support.requestTraining(other,
                new RequestTraining(resident(other, "Henk Jansen"), "EHBO", "Rode Kruis", null));
        assertThat(call("POST", path + "/support-requests/" + elsewhere.id() + "/approve", null, coordinator).statusCode())
                .isEqualTo(404);
        assertThat(call("POST", path + "/support-requests/00000000-0000-0000-0000-000000000000/approve", null, coordinator)
                .statusCode()).isEqualTo(404);

        assertThat(support.get(travel.id()).status()).isEqualTo(SupportStatus.REQUESTED);
        assertThat(support.get(travel.id()).decidedBy()).isNull();
        assertThat(support.get(elsewhere.id()).status()).isEqualTo(SupportStatus.REQUESTED);

        assertThat(call("POST", approve, null, coordinator).statusCode()).isEqualTo(200);
        HttpResponse<String> again = call("POST", path + "/support-requests/" + travel.id() + "/reject",
                "{\"reason\": \"Toch niet\"}", coordinator);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(again.body()).at("/errors/0/field").asText()).isEqualTo("status");
        assertThat(JSON.readTree(again.body()).at("/errors/0/code").asText()).isEqualTo("support.already-decided");
        assertThat(support.get(travel.id()).status()).isEqualTo(SupportStatus.APPROVED);
        assertThat(support.get(travel.id()).rejectionReason()).isNull();
    }

    private ParticipantId resident(TrajectoryId trajectory, String name) {
        Person resident = people.save(Person.resident(name, null, null, null));
        return trajectories.addParticipant(trajectory, resident.id()).id();
    }

    private TrajectoryId startTrajectory(String coordinator) {
        return TrajectoryId.of(ApiCalls.startTrajectory(port, coordinator, "Meedoen zonder drempels", "Raalte"));
    }

    private String token(String user) {
        return LinkedAccounts.token(user, people, organisations, jwt);
    }

    private HttpResponse<String> call(String method, String path, String json, String token) {
        return ApiCalls.call(port, method, path, json, token);
    }
}
