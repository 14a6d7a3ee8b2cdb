package nl.participationsuite.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.participationsuite.web.api.Problems;
import nl.participationsuite.web.forms.FormsConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;

/**
 * A web slice with the product's real security configuration (filter chains, roles, headers,
 * problem details). Keycloak is not contacted: slice tests put users in with spring-security-test;
 * the integration tests use real Keycloak tokens.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ SecurityConfiguration.class, Problems.class, FormsConfiguration.class })
@EnableConfigurationProperties({ KeycloakProperties.class, RateLimitProperties.class })
@TestPropertySource(properties = {
        "participation.keycloak.issuer-uri=http://127.0.0.1:8180/realms/participation",
        "participation.keycloak.client-id=participation-web",
        "participation.keycloak.client-secret=slice-test-secret",
        "participation.keycloak.audience=participation-api",
        "spring.messages.fallback-to-system-locale=false" })
public @interface WebSliceTest {

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
