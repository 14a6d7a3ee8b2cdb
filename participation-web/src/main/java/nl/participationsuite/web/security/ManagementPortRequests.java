package nl.participationsuite.web.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests to the management port ({@code PARTICIPATION_MANAGEMENT_PORT}), when the actuator has a
 * port of its own: Prometheus and the kubelet on the pod network, which the load balancer does not
 * forward to. Matches nothing when the actuator shares the application's port.
 */
final class ManagementPortRequests implements RequestMatcher {

    private final Environment environment;

    ManagementPortRequests(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        // Without a port of its own, Spring Boot names the application's port as the management port.
        Integer port = environment.getProperty("local.management.port", Integer.class);
        Integer applicationPort = environment.getProperty("local.server.port", Integer.class);
        return port != null && port > 0 && !port.equals(applicationPort) && request.getLocalPort() == port;
    }
}
