package nl.participationsuite.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A log line written while a request is served, in the JSON (ECS) the production profile writes:
 * it carries the request's id (the proxy's when sane, else a new one, echoed in the answer) and the
 * subject of the caller's token, and neither their name nor their e-mail address.
 */
class RequestLogContextTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SUBJECT = "3f1c6f0e-7a52-4d8e-9b1a-2c4d5e6f7a8b";

    private final Logger log = (Logger) LoggerFactory.getLogger("nl.participationsuite.test.RequestLog");

    private final List<String> lines = new ArrayList<>();

    private AppenderBase<ILoggingEvent> appender;

    @BeforeEach
    void writeJsonLines() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.putObject(Environment.class.getName(), new MockEnvironment()
                .withProperty("spring.application.name", "participation-suite"));
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                lines.add(new String(encoder.encode(event), StandardCharsets.UTF_8));
            }
        };
        appender.setContext(context);
        appender.start();
        log.addAppender(appender);
        Jwt token = Jwt.withTokenValue("token").header("alg", "RS256").subject(SUBJECT)
                .claim("email", "joost.bakker@example.nl").claim("name", "Joost Bakker")
                .claim("preferred_username", "joost").issuedAt(Instant.now()).build();
        SecurityContextHolder.getContext().setAuthentication(
                new JwtAuthenticationToken(token, AuthorityUtils.createAuthorityList("ROLE_RESIDENT")));
    }

    @AfterEach
    void stop() {
        log.detachAppender(appender);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLogLineOfARequestCarriesTheProxysRequestIdAndTheSubjectButNoNameOrEmail() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        request.addHeader(RequestIdFilter.HEADER, "lb-7f3a9c:0001");
        MockHttpServletResponse response = serve(request);

        assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("lb-7f3a9c:0001");
        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.get(0));
        assertThat(line.path("message").asText()).isEqualTo("reading the caller's profile");
        assertThat(line.path("requestId").asText()).isEqualTo("lb-7f3a9c:0001");
        assertThat(line.path("subject").asText()).isEqualTo(SUBJECT);
        assertThat(lines.get(0)).doesNotContain("joost").doesNotContain("Joost").doesNotContain("@example.nl");
        assertThat(MDC.getCopyOfContextMap()).as("nothing stays behind on the thread").isNullOrEmpty();
    }

    @Test
    void anInsaneRequestIdIsReplacedByANewOne() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        request.addHeader(RequestIdFilter.HEADER, "x\r\nSet-Cookie: session=stolen; " + "a".repeat(80));
        MockHttpServletResponse response = serve(request);

        String id = response.getHeader(RequestIdFilter.HEADER);
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(JSON.readTree(lines.get(0)).path("requestId").asText()).isEqualTo(id);
    }

    @Test
    void withoutARequestIdEachRequestGetsItsOwn() throws Exception {
        String first = serve(new MockHttpServletRequest("GET", "/")).getHeader(RequestIdFilter.HEADER);
        String second = serve(new MockHttpServletRequest("GET", "/")).getHeader(RequestIdFilter.HEADER);

        assertThat(first).isNotBlank().isNotEqualTo(second);
        assertThat(lines).extracting(line -> JSON.readTree(line).path("requestId").asText()).containsExactly(first, second);
    }

    @Test
    void anAnonymousRequestHasNoSubject() throws Exception {
        SecurityContextHolder.clearContext();
        serve(new MockHttpServletRequest("GET", "/"));

        assertThat(JSON.readTree(lines.get(0)).has("subject")).isFalse();
    }

    /** Serves the request through both filters, in their order, to a servlet that logs one line. */
    private MockHttpServletResponse serve(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) {
                log.info("reading the caller's profile");
            }
        };
        new MockFilterChain(servlet, new RequestIdFilter(), new SubjectLogFilter()).doFilter(request, response);
        return response;
    }
}
