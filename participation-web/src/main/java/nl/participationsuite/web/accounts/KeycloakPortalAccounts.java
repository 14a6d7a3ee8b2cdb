package nl.participationsuite.web.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.participationsuite.web.security.KeycloakProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Residents' accounts through Keycloak's Admin REST API, as the application's own client (its
 * service account may manage users, nothing else). A fresh token per action: invitations are rare.
 * An account whose role could not be given is removed again, so that no half-made account stays.
 */
@Component
class KeycloakPortalAccounts implements PortalAccounts {

    private static final Logger log = LoggerFactory.getLogger(KeycloakPortalAccounts.class);

    static final String RESIDENT_ROLE = "resident";

    private final KeycloakProperties keycloak;

    private final RestClient http;

    private final String admin;

    KeycloakPortalAccounts(KeycloakProperties keycloak, RestClient.Builder builder) {
        this.keycloak = keycloak;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(15));
        this.http = builder.clone().requestFactory(requests).build();
        this.admin = adminBase(keycloak.backchannel());
    }

    /** The realm's admin address: {@code …/realms/participation} becomes {@code …/admin/realms/participation}. */
    static String adminBase(String realm) {
        String trimmed = realm.replaceAll("/+$", "");
        int at = trimmed.lastIndexOf("/realms/");
        if (at < 0) {
            throw new IllegalArgumentException("not a Keycloak realm address: " + realm);
        }
        return trimmed.substring(0, at) + "/admin" + trimmed.substring(at);
    }

    @Override
    public String createResident(NewResidentAccount account) {
        String token = token();
        Map<String, Object> user = new HashMap<>();
        user.put("username", account.username());
        user.put("enabled", true);
        if (account.email() != null) {
            user.put("email", account.email());
        }
        if (account.firstName() != null) {
            user.put("firstName", account.firstName());
        }
        if (account.lastName() != null) {
            user.put("lastName", account.lastName());
        }
        user.put("credentials", List.of(Map.of("type", "password", "value", account.temporaryPassword(), "temporary", true)));
        URI location;
        try {
            location = http.post().uri(admin + "/users").headers(headers -> headers.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).body(user).retrieve().toBodilessEntity().getHeaders()
                    .getLocation();
        }
        catch (RestClientResponseException ex) {
            if (ex.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT)) {
                String answer = ex.getResponseBodyAsString();
                throw new AccountConflictException(answer.contains("email") ? "email" : "username",
                        "Keycloak has an account like this already: " + answer);
            }
            throw unavailable("create the account", ex);
        }
        catch (RestClientException ex) {
            throw unavailable("create the account", ex);
        }
        if (location == null) {
            throw new AccountsUnavailableException("Keycloak did not say where the new account is", null);
        }
        String path = location.getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        try {
            // The roles this account may still get: readable with the user rights the service account has
            // (the realm's own role list would need the right to view the whole realm).
            List<Map<String, Object>> available = http.get().uri(admin + "/users/{id}/role-mappings/realm/available", id)
                    .headers(headers -> headers.setBearerAuth(token)).retrieve()
                    .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
            Map<String, Object> role = available == null ? null : available.stream()
                    .filter(candidate -> RESIDENT_ROLE.equals(candidate.get("name"))).findFirst().orElse(null);
            if (role == null) {
                AccountsUnavailableException failure = new AccountsUnavailableException(
                        "the realm has no role " + RESIDENT_ROLE + " to give", null);
                deleteQuietly(id, failure);
                throw failure;
            }
            http.post().uri(admin + "/users/{id}/role-mappings/realm", id).headers(headers -> headers.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).body(List.of(role)).retrieve().toBodilessEntity();
        }
        catch (RestClientException ex) {
            AccountsUnavailableException failure = unavailable("give the account the resident role", ex);
            deleteQuietly(id, failure);
            throw failure;
        }
        return id;
    }

    @Override
    public boolean exists(String username) {
        String token = token();
        try {
            List<Map<String, Object>> found = http.get()
                    .uri(admin + "/users?username={username}&exact=true&briefRepresentation=true", username)
                    .headers(headers -> headers.setBearerAuth(token)).retrieve()
                    .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
            return found != null && !found.isEmpty();
        }
        catch (RestClientException ex) {
            throw unavailable("look up a user name", ex);
        }
    }

    @Override
    public Optional<ResidentAccount> findResident(String username) {
        String token = token();
        try {
            List<Map<String, Object>> found = http.get()
                    .uri(admin + "/users?username={username}&exact=true&briefRepresentation=true", username)
                    .headers(headers -> headers.setBearerAuth(token)).retrieve()
                    .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
            if (found == null || found.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Object> user = found.get(0);
            String id = Objects.toString(user.get("id"));
            // The roles given to the account itself (residents get theirs directly at the invitation).
            List<Map<String, Object>> roles = http.get().uri(admin + "/users/{id}/role-mappings/realm", id)
                    .headers(headers -> headers.setBearerAuth(token)).retrieve()
                    .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
            boolean resident = roles != null && roles.stream().anyMatch(role -> RESIDENT_ROLE.equals(role.get("name")));
            return resident
                    ? Optional.of(new ResidentAccount(id, Objects.toString(user.get("username")),
                            Boolean.TRUE.equals(user.get("enabled")), text(user.get("firstName")), text(user.get("lastName"))))
                    : Optional.empty();
        }
        catch (RestClientException ex) {
            throw unavailable("look up a portal account", ex);
        }
    }

    @Override
    public void renewActivationCode(String accountId, String code) {
        String token = token();
        try {
            http.put().uri(admin + "/users/{id}/reset-password", accountId).headers(headers -> headers.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("type", "password", "value", code, "temporary", true)).retrieve().toBodilessEntity();
            http.post().uri(admin + "/users/{id}/logout", accountId).headers(headers -> headers.setBearerAuth(token))
                    .retrieve().toBodilessEntity();
        }
        catch (RestClientException ex) {
            throw unavailable("give the account a new activation code", ex);
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    @Override
    public void delete(String accountId) {
        String token = token();
        try {
            http.delete().uri(admin + "/users/{id}", accountId).headers(headers -> headers.setBearerAuth(token))
                    .retrieve().toBodilessEntity();
        }
        catch (RestClientResponseException ex) {
            if (!ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                throw unavailable("remove the account", ex);
            }
        }
        catch (RestClientException ex) {
            throw unavailable("remove the account", ex);
        }
    }

    private void deleteQuietly(String id, RuntimeException failure) {
        try {
            delete(id);
        }
        catch (RuntimeException ex) {
            failure.addSuppressed(ex);
            log.error("Keycloak account {} was made but could not be removed again; remove it by hand", id, ex);
        }
    }

    /** A token of the application's service account (client credentials). */
    private String token() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", keycloak.clientId());
        form.add("client_secret", keycloak.clientSecret());
        try {
            Map<String, Object> answer = http.post().uri(keycloak.backchannel() + "/protocol/openid-connect/token")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() { });
            Object token = answer == null ? null : answer.get("access_token");
            if (token == null) {
                throw new AccountsUnavailableException("Keycloak answered without an access token", null);
            }
            return token.toString();
        }
        catch (RestClientException ex) {
            throw unavailable("obtain a token of the service account", ex);
        }
    }

    private static AccountsUnavailableException unavailable(String what, Exception cause) {
        log.warn("Keycloak could not {}: {}", what, cause.getMessage());
        return new AccountsUnavailableException("Keycloak could not " + what, cause);
    }
}
