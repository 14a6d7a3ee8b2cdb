package nl.participationsuite.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Browser sessions live in PostgreSQL (Spring Session JDBC, tables by Liquibase), so any node serves
 * any request and a logout, at the application or at Keycloak, ends the session for every node. Not
 * part of the web slice tests, which keep Spring Security's in-memory defaults.
 */
@Configuration(proxyBeanMethods = false)
class StoredSessionsConfiguration {

    /**
     * The signed-in user's tokens from Keycloak in their session, not in one node's memory (Spring
     * Boot's default), where another node would not find them and they would never be forgotten.
     */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Found by Spring Security's OIDC login and logout configuration as the register of OIDC sessions. */
    @Bean
    StoredOidcSessions storedOidcSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new StoredOidcSessions(sessions);
    }

    @Bean
    StoredSessionsBackChannelLogout storedSessionsBackChannelLogout(StoredOidcSessions register,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new StoredSessionsBackChannelLogout(register, sessions);
    }
}
