package nl.participationsuite.web.api.me;

import java.util.List;
import java.util.Map;

import nl.participationsuite.web.security.Role;
import org.springframework.security.core.Authentication;

/**
 * The caller as the product sees them.
 *
 * @param subject Keycloak's stable id of the user ({@code sub})
 * @param displayName the name to show ({@code name}, else the user name)
 * @param roles the product's realm roles, lower case as in the realm, in a fixed order
 */
public record Me(String subject, String displayName, List<String> roles) {

    static Me of(Authentication authentication, Map<String, Object> claims) {
        Object name = claims.get("name");
        Object userName = claims.get("preferred_username");
        String displayName = name != null && !name.toString().isBlank() ? name.toString()
                : userName != null ? userName.toString() : authentication.getName();
        List<String> roles = Role.of(authentication.getAuthorities()).stream().map(Role::realmName).toList();
        return new Me(String.valueOf(claims.get("sub")), displayName, roles);
    }
}
