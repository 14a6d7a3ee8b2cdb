package nl.participationsuite.web.operations;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, first of all filters: the {@code X-Request-Id} a proxy sent along when
 * it is a sane one (letters, digits and {@code . _ : -}, at most 64), else a new one. Every log line
 * of the request carries it ({@code requestId}), and the answer names it in the same header, so
 * that a user's report, the proxy's log and this node's log meet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";

    static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = requestId(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        serveWithLogContext(MDC_KEY, id, request, response, chain);
    }

    /** Serves the rest of the request with the value in the log context, gone from the thread afterwards. */
    static void serveWithLogContext(String key, String value, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        MDC.put(key, value);
        try {
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove(key);
        }
    }

    /** The id a proxy sent when it is sane, else a new one. */
    static String requestId(String sent) {
        return sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }
}
