package nl.participationsuite.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: its title, the server it names (from {@code participation.api.server-url},
 * relative {@code /} unless configured), the bearer token every endpoint needs, and the problem
 * responses every operation shares. Those are added here once rather than on every method, from
 * what the security configuration and Spring MVC answer for any operation of that shape:
 * <ul>
 * <li>401 everywhere: every path under {@code /api} needs a valid token;</li>
 * <li>403 everywhere but the paths any signed-in user may call ({@link #OPEN_TO_EVERY_USER}): the
 * others need a role (professional or coordinator, or manager for the reports);</li>
 * <li>404 on every path with a parameter: anything outside the caller's scope is not found;</li>
 * <li>400 on every operation with a body, a query parameter or a typed (uuid) path parameter.</li>
 * </ul>
 * A 409 is declared on the operations that can meet a genuine conflict, never added here. Every
 * problem response is {@code application/problem+json} with the shared {@code ProblemDetail}
 * schema; every 201 carries a {@code Location} header. {@code ApiContractIntegrationTests} checks
 * that each documented status is one the running endpoint returns, and the reverse.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The name of the shared problem-details schema. */
    static final String PROBLEM_SCHEMA = "ProblemDetail";

    /** The name of a field error's schema, in a 400's {@code errors}. */
    static final String FIELD_ERROR_SCHEMA = "FieldError";

    /** Paths that any signed-in user may call, whatever their role: never a 403. */
    static final Set<String> OPEN_TO_EVERY_USER = Set.of("/api/v1/me");

    private static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "The request is malformed or breaks a rule; errors names the fields at fault. Nothing was stored.",
            "401", "No access token, or one that is expired or not meant for this API.",
            "403", "Your role, or your part in the trajectory, does not allow this.",
            "404", "Not found in your scope (anything outside it answers the same).",
            "409", "A genuine conflict: someone changed it first; reason names it. Nothing was stored.",
            "429", "Too many requests from you or your address in a short time; try again after Retry-After seconds. "
                    + "Nothing was done.");

    @Bean
    OpenAPI participationApi(@Value("${participation.api.server-url:/}") String serverUrl) {
        return new OpenAPI()
                .info(new Info().title("Participation Suite API").version("v1")
                        .description("Resident-participation trajectories for integration. Send a Keycloak access "
                                + "token with the participation-api audience as a bearer token. Errors are RFC 9457 "
                                + "problem details: 400 names the fields at fault, 404 answers anything outside your "
                                + "scope, 409 a task or state someone else changed first."))
                .servers(List.of(new Server().url(serverUrl).description("This installation")))
                .components(new Components()
                        .addSecuritySchemes("keycloak",
                                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
                        .addSchemas(FIELD_ERROR_SCHEMA, fieldErrorSchema())
                        .addSchemas(PROBLEM_SCHEMA, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("keycloak"));
    }

    /** Adds the shared problem responses and the Location header of a 201 to every operation of the API. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            // The generated schema of Spring's ProblemDetail class, should a handler's return type bring it in,
            // gives way to the one above (which also names the API's own properties).
            api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema()).addSchemas(FIELD_ERROR_SCHEMA, fieldErrorSchema());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> complete(path, method, operation)));
        };
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<String, ApiResponse> sorted = new LinkedHashMap<>();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasIds = parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
        boolean typedInput = operation.getRequestBody() != null
                || parameters.stream().anyMatch(parameter -> "query".equals(parameter.getIn()))
                || parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn())
                        && parameter.getSchema() != null && "uuid".equals(parameter.getSchema().getFormat()));
        if (typedInput) {
            responses.putIfAbsent("400", new ApiResponse());
        }
        responses.putIfAbsent("401", new ApiResponse());
        if (!OPEN_TO_EVERY_USER.contains(path)) {
            responses.putIfAbsent("403", new ApiResponse());
        }
        if (hasIds) {
            responses.putIfAbsent("404", new ApiResponse());
        }
        // the rate limits stand in front of every operation (RateLimitFilter)
        responses.putIfAbsent("429", new ApiResponse().addHeaderObject("Retry-After",
                new Header().description("Seconds to wait before trying again").schema(new IntegerSchema().format("int32"))));
        responses.keySet().stream().sorted().forEach(status -> sorted.put(status, responses.get(status)));
        ApiResponses ordered = new ApiResponses();
        sorted.forEach((status, response) -> {
            if (status.startsWith("4")) {
                problem(status, response);
            }
            else if ("201".equals(status)) {
                response.addHeaderObject("Location", new Header().description("Where the created resource is read")
                        .schema(new StringSchema().format("uri-reference")));
            }
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(DESCRIPTIONS.getOrDefault(status, "OK"));
            }
            ordered.addApiResponse(status, response);
        });
        operation.setResponses(ordered);
    }

    /** A problem answer: problem+json with the shared schema, whatever an annotation said of its content. */
    private static void problem(String status, ApiResponse response) {
        response.setContent(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(DESCRIPTIONS.get(status));
        }
    }

    /** RFC 9457 problem details, with the properties this API adds. */
    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri-reference").description("The kind of problem; about:blank unless named"));
        properties.put("title", new StringSchema().description("A short summary in the caller's language"));
        properties.put("status", new IntegerSchema().format("int32").description("The HTTP status code"));
        properties.put("detail", new StringSchema().description("What went wrong, in the caller's language"));
        properties.put("instance", new StringSchema().format("uri-reference").description("The path that was called"));
        properties.put("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR_SCHEMA))
                .description("400: the fields at fault"));
        properties.put("reason", new StringSchema().description("409: which conflict, e.g. COMPLETED_BY_SOMEONE_ELSE"));
        properties.put("holder", new StringSchema().description("409 CLAIMED_BY_COLLEAGUE: the colleague working on the task"));
        properties.put("code", new StringSchema().description("403: which rule refused it"));
        Schema schema = new ObjectSchema().description("RFC 9457 problem details");
        schema.setProperties(properties);
        schema.setAdditionalProperties(Boolean.TRUE);
        return schema;
    }

    /** One field at fault in a 400. */
    @SuppressWarnings("rawtypes")
    private static Schema fieldErrorSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", new StringSchema().description("The field or parameter as the request named it"));
        properties.put("code", new StringSchema().description("The rule it broke, for programs"));
        properties.put("message", new StringSchema().description("What is wrong, in the caller's language"));
        Schema schema = new ObjectSchema().description("One field at fault in a 400");
        schema.setProperties(properties);
        return schema;
    }
}
