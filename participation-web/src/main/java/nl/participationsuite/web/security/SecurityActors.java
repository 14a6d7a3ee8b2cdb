package nl.participationsuite.web.security;

import java.util.Optional;

import nl.participationsuite.domain.shared.Actors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** The actor of a change is the logged-in user's Keycloak subject, from the browser session or the API token. */
@Component
class SecurityActors implements Actors {

    @Override
    public Optional<String> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Optional.ofNullable(jwt.getToken().getSubject());
        }
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            return Optional.ofNullable(user.getSubject());
        }
        return Optional.empty();
    }
}
