package nl.participationsuite.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The product's realm roles (DESIGN.md §2). Roles are additive; Keycloak's own default roles are
 * not the product's and are ignored.
 */
public enum Role {

    RESIDENT, PROFESSIONAL, COORDINATOR, MANAGER, ADMIN;

    private static final String AUTHORITY_PREFIX = "ROLE_";

    /** The name of the role in the Keycloak realm. */
    public String realmName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority(AUTHORITY_PREFIX + name());
    }

    static Optional<Role> ofRealmName(String realmName) {
        for (Role role : values()) {
            if (role.realmName().equals(realmName)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The product's roles among the authorities of an authenticated user. */
    public static Set<Role> of(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authorities) {
            for (Role role : values()) {
                if (role.authority().getAuthority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** The product's roles named in a token's {@code realm_access.roles} claim. */
    static Set<Role> fromRealmAccess(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> names) {
            for (Object name : names) {
                ofRealmName(String.valueOf(name)).ifPresent(roles::add);
            }
        }
        return roles;
    }

    static List<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(Role::authority).toList();
    }
}
