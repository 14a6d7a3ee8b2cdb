package nl.participationsuite.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title, and the bearer token every endpoint needs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI participationApi() {
        return new OpenAPI()
                .info(new Info().title("Participation Suite API").version("v1")
                        .description("Resident-participation trajectories for integration. Send a Keycloak access "
                                + "token with the participation-api audience as a bearer token. Errors are RFC 9457 "
                                + "problem details: 400 names the fields at fault, 404 answers anything outside your "
                                + "scope, 409 a task or state someone else changed first."))
                .components(new Components().addSecuritySchemes("keycloak",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("keycloak"));
    }
}
