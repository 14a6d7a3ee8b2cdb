package nl.participationsuite.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.involvement.RegisterResident;
import nl.participationsuite.domain.involvement.ResidentRegistration;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.testsupport.KeycloakTestServer;
import nl.participationsuite.testsupport.KeycloakTokens;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Inviting a resident against the real Keycloak and PostgreSQL: the account exists with the role
 * {@code resident}, its password is the activation code and temporary, and the resident is linked
 * to it; a user name in use makes no second account and links nobody.
 */
@WebIntegrationTest
class ResidentInvitationIntegrationTests {

    @Autowired
    ResidentInvitations invitations;

    @Autowired
    ResidentRegistration registration;

    @Autowired
    PortalAccounts accounts;

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    private final RestClient http = RestClient.create();

    private final List<String> made = new ArrayList<>();

    private Person coordinator;

    private Trajectory trajectory;

    @BeforeEach
    void aTrajectoryOfTheCoordinator() {
        coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        trajectory = workflow.start(new StartTrajectory("Samen gezond in Dalfsen", "Gezondheid", "Dalfsen",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, coordinator.organisationId(),
                coordinator.id(), coordinator.id(), null, null));
    }

    @AfterEach
    void removeTheAccountsMade() {
        made.forEach(accounts::delete);
    }

    @Test
    void makesAResidentAccountWithTheActivationCodeAsTemporaryPasswordAndLinksIt() {
        Participant resident = register("Fatima el Amrani", null);
        String username = "fatima." + UUID.randomUUID().toString().substring(0, 8);

        ResidentInvitations.Invitation invitation = invitations.invite(trajectory.id(), coordinator.id(), resident.id(),
                username);

        Person linked = people.findById(resident.personId()).orElseThrow();
        assertThat(linked.keycloakSubject()).isNotNull();
        made.add(linked.keycloakSubject());
        Map<String, Object> user = admin().get().uri("/users/{id}", linked.keycloakSubject()).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        assertThat(user).containsEntry("username", username).containsEntry("enabled", true)
                .containsEntry("firstName", "Fatima").containsEntry("lastName", "el Amrani");
        List<Map<String, Object>> roles = admin().get().uri("/users/{id}/role-mappings/realm", linked.keycloakSubject())
                .retrieve().body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
        assertThat(roles).extracting(role -> role.get("name")).contains("resident");
        assertThat(accounts.exists(username)).isTrue();
        // The code is the password, but a temporary one: Keycloak wants a password of the resident's own first.
        assertThat(passwordGrant(username, invitation.activationCode())).contains("Account is not fully set up");
        assertThat(passwordGrant(username, "WRONG-CODE-0000")).contains("Invalid user credentials");
    }

    @Test
    void makesNoSecondAccountWithAUserNameInUseAndSuggestsAFreeOne() {
        String username = "kees." + UUID.randomUUID().toString().substring(0, 8);
        Participant first = register("Kees Jansen", null);
        invitations.invite(trajectory.id(), coordinator.id(), first.id(), username);
        made.add(people.findById(first.personId()).orElseThrow().keycloakSubject());
        Participant second = register("Kees Jansen", null);

        assertThatThrownBy(() -> invitations.invite(trajectory.id(), coordinator.id(), second.id(), username))
                .isInstanceOfSatisfying(AccountConflictException.class, ex -> assertThat(ex.field()).isEqualTo("username"));

        assertThat(people.findById(second.personId()).orElseThrow().hasAccount()).isFalse();
        assertThat(invitations.freeUserNameLike(username)).isEqualTo(username + "2");
    }

    private Participant register(String name, String email) {
        return registration.register(trajectory.id(), coordinator.id(),
                new RegisterResident(name, email, null, RecruitmentChannel.DOOR_TO_DOOR, null));
    }

    /** The realm's admin API as the application's service account. */
    private RestClient admin() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", "participation-web");
        form.add("client_secret", "participation-web-dev-secret");
        Map<String, Object> token = http.post().uri(KeycloakTestServer.issuerUri() + "/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        return RestClient.builder()
                .baseUrl(KeycloakTestServer.baseUrl() + "/admin/realms/" + KeycloakTestServer.REALM)
                .defaultHeaders(headers -> headers.setBearerAuth(String.valueOf(token.get("access_token"))))
                .build();
    }

    /** Keycloak's answer to a password grant, as text (its error description when it refuses). */
    private String passwordGrant(String username, String password) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "password");
        form.add("client_id", KeycloakTokens.CLI_CLIENT);
        form.add("username", username);
        form.add("password", password);
        return http.post().uri(KeycloakTestServer.issuerUri() + "/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .exchange((request, response) -> new String(response.getBody().readAllBytes()));
    }
}
