package nl.participationsuite.web.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link RateLimits} in a security filter chain, after authentication (so that the
 * user is known) and before authorization. A refused request gets 429 with {@code Retry-After} in
 * whole seconds; the error page answers it (problem details under {@code /api}, a Dutch page
 * elsewhere), so that refusals look like every other error of the application.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;

    private final RateLimits.Channel channel;

    RateLimitFilter(RateLimits limits, RateLimits.Channel channel) {
        this.limits = limits;
        this.channel = channel;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (channel == RateLimits.Channel.API) {
            return false;
        }
        String method = request.getMethod();
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = limits.admit(channel, user(), request.getRemoteAddr());
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.plusMillis(999).toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication.getName();
    }
}
