package nl.participationsuite.web.operations;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts who is asking in every log line of the request once Spring Security knows ({@code subject}):
 * the subject of their Keycloak token or login ({@code sub}), a random-looking id, never a name or an
 * e-mail address. Runs right after Spring Security's filters; an anonymous request has none.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 1)
class SubjectLogFilter extends OncePerRequestFilter {

    static final String MDC_KEY = "subject";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String subject = subject(SecurityContextHolder.getContext().getAuthentication());
        if (subject == null) {
            chain.doFilter(request, response);
        }
        else {
            RequestIdFilter.serveWithLogContext(MDC_KEY, subject, request, response, chain);
        }
    }

    /** The token's or the login's subject; nothing for anyone else (no name to fall back on). */
    static String subject(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            return token.getToken().getSubject();
        }
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            return user.getSubject();
        }
        return null;
    }
}
