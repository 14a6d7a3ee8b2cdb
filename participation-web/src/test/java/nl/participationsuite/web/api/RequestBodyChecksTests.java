package nl.participationsuite.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.participationsuite.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class RequestBodyChecksTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    private final ObjectMapper mapper = Jackson2ObjectMapperBuilder.json()
            .modules(new JavaTimeModule(), new RequestBodyChecks(CLOCK))
            .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build();

    record Body(String title, List<Item> items, LocalDate on, Instant at, Integer hours) {
    }

    record Item(String text) {
    }

    @ParameterizedTest
    @ValueSource(strings = { "\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085" })
    void refusesAControlCharacterNamingTheProperty(String escaped) {
        RuleViolationException refusal = refused("{\"items\": [{\"text\": \"a" + escaped + "b\"}]}");
        assertThat(refusal.field()).isEqualTo("items[0].text");
        assertThat(refusal.code()).isEqualTo("text.control-character");
    }

    @Test
    void letsLineBreaksTabsAndAnyLanguagePass() throws Exception {
        Body body = mapper.readValue("{\"title\": \"Caf\\u00e9\\n\\tregel \\u2013 \\ud83d\\ude00\"}", Body.class);
        assertThat(body.title()).isEqualTo("Café\n\tregel – 😀");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0001-01-01", "1899-12-31", "-5000-01-01", "-290000-01-01", "2126-12-07", "+99999-01-01" })
    void refusesADateOutsideTheSensibleRange(String date) {
        RuleViolationException refusal = refused("{\"on\": \"" + date + "\"}");
        assertThat(refusal.field()).isEqualTo("on");
        assertThat(refusal.code()).isIn("date.out-of-range", "invalid");
    }

    @Test
    void refusesAMomentOutsideTheSensibleRangeAndKeepsOnesInside() throws Exception {
        assertThat(refused("{\"at\": \"0001-01-01T00:00:00Z\"}").code()).isEqualTo("date.out-of-range");
        assertThat(refused("{\"at\": \"-290000-01-01T00:00:00Z\"}").field()).isEqualTo("at");
        Body body = mapper.readValue("{\"on\": \"1900-01-01\", \"at\": \"2027-01-01T10:00:00Z\"}", Body.class);
        assertThat(body.on()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(body.at()).isEqualTo(Instant.parse("2027-01-01T10:00:00Z"));
    }

    @Test
    void refusesAFractionForAWholeNumberAndAnUnknownProperty() {
        assertThat(refused("{\"hours\": 3.5}").field()).isEqualTo("hours");
        RuleViolationException unknown = refused("{\"titel\": \"x\"}");
        assertThat(unknown.field()).isEqualTo("titel");
        assertThat(unknown.code()).isEqualTo("unknown-property");
    }

    private RuleViolationException refused(String json) {
        assertThatThrownBy(() -> mapper.readValue(json, Body.class)).isInstanceOf(JsonMappingException.class);
        try {
            mapper.readValue(json, Body.class);
            throw new AssertionError("read");
        }
        catch (JsonMappingException ex) {
            return BodyRefusals.of(ex, "body");
        }
        catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }
}
