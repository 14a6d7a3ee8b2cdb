package nl.participationsuite.web.security;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * What Tomcat refuses before the application sees the request answers the product's way under
 * {@code /api/}: an encoded slash or backslash ({@code %2F}, {@code %5C}) is passed on, undecoded,
 * to Spring Security's firewall, which refuses it ({@link RejectedRequests}); an address Tomcat
 * still refuses itself (a NUL byte {@code %00}, an address that climbs above the root) gets problem
 * details from Tomcat's error report instead of its HTML page. Elsewhere the error report stays
 * Tomcat's, without server details.
 */
@Component
class TomcatRejections implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ObjectProvider<MessageSource> messages;

    TomcatRejections(ObjectProvider<MessageSource> messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        });
        // After Spring Boot's own error report (it adds one without server details): replaces it.
        factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ApiErrorReport)) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ApiErrorReport(messages));
            // Else the host adds Tomcat's own error report when it starts, in front of this one.
            if (context.getParent() instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ApiErrorReport.class.getName());
            }
        });
    }

    /** Tomcat's error report, with problem details for an address under {@code /api/}. */
    static final class ApiErrorReport extends ErrorReportValve {

        private static final ObjectMapper JSON = new ObjectMapper();

        private final ObjectProvider<MessageSource> messages;

        ApiErrorReport(ObjectProvider<MessageSource> messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String uri = request.getRequestURI();
            if (uri == null || !uri.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            Locale locale = request.getLocale();
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", text("problem.rejected.title", "Invalid address", locale));
            problem.put("status", status);
            problem.put("detail", text("problem.rejected.detail", "The address holds characters that are not allowed.",
                    locale));
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                OutputStream body = response.getOutputStream();
                body.write(JSON.writeValueAsBytes(problem));
                response.finishResponse();
            }
            catch (IOException | IllegalStateException ex) {
                // The client went away, or the answer could not be written: nothing more to do.
            }
        }

        private String text(String key, String fallback, Locale locale) {
            MessageSource source = messages.getIfAvailable();
            return source == null ? fallback : source.getMessage(key, null, fallback, locale);
        }
    }
}
