package nl.participationsuite.web.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import nl.participationsuite.domain.shared.SensibleDates;
import nl.participationsuite.domain.shared.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Refuses, while a JSON body is read, what no field of the product can hold, once for every body
 * and every property: a text with a control character ({@link Texts#hasControlCharacter}: a NUL
 * byte, ...) and a date or moment outside {@link SensibleDates} (year 1, {@code -290000-01-01}).
 * The refusal names the property's path; {@link ApiExceptionHandler} answers it as a 400 with the
 * field, before any of the body reaches the domain. Spring Boot registers every Jackson module bean
 * with its ObjectMapper, so the task API's typed outcomes are read the same way.
 */
@Component
class RequestBodyChecks extends SimpleModule {

    private static final Set<Class<?>> DATES = Set.of(LocalDate.class, Instant.class, OffsetDateTime.class,
            ZonedDateTime.class, LocalDateTime.class);

    private final transient Clock clock;

    /** The application's clock; the system's where there is none (slice tests of the web layer). */
    @Autowired
    RequestBodyChecks(ObjectProvider<Clock> clocks) {
        this(clocks.getIfAvailable(Clock::systemDefaultZone));
    }

    RequestBodyChecks(Clock clock) {
        super("participation-request-body-checks");
        this.clock = clock;
        addDeserializer(String.class, new PlainText());
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return DATES.contains(description.getBeanClass()) ? new InRange(deserializer, clock) : deserializer;
            }
        });
    }

    /** A value the body holds that no field can: {@code code} is the message code ({@code rule.<code>}). */
    static final class RefusedValue extends JsonMappingException {

        private final String code;

        RefusedValue(JsonParser parser, String code, String message) {
            super(parser, message);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    /** Jackson's own reading of a text, then the refusal of control characters. */
    static final class PlainText extends StdDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (Texts.hasControlCharacter(text)) {
                throw new RefusedValue(parser, Texts.CONTROL_CHARACTER, "a text holds a control character");
            }
            return text;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** The date deserializer Jackson found, then the refusal of a date outside {@link SensibleDates}. */
    static final class InRange extends StdDeserializer<Object> implements ContextualDeserializer, ResolvableDeserializer {

        private final JsonDeserializer<?> delegate;

        private final transient Clock clock;

        InRange(JsonDeserializer<?> delegate, Clock clock) {
            super(delegate.handledType());
            this.delegate = delegate;
            this.clock = clock;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = delegate.deserialize(parser, context);
            if (!inRange(value)) {
                throw new RefusedValue(parser, SensibleDates.CODE, "a date lies outside " + SensibleDates.EARLIEST
                        + " to " + SensibleDates.YEARS_AHEAD + " years ahead");
            }
            return value;
        }

        private boolean inRange(Object value) {
            Instant now = clock.instant();
            if (value instanceof LocalDate date) {
                return SensibleDates.holds(date, LocalDate.ofInstant(now, clock.getZone()));
            }
            if (value instanceof Instant moment) {
                return SensibleDates.holds(moment, now);
            }
            if (value instanceof OffsetDateTime moment) {
                return SensibleDates.holds(moment.toInstant(), now);
            }
            if (value instanceof ZonedDateTime moment) {
                return SensibleDates.holds(moment.toInstant(), now);
            }
            if (value instanceof LocalDateTime moment) {
                return SensibleDates.holds(moment.toInstant(ZoneOffset.UTC), now);
            }
            return true;
        }

        @Override
        public Object getNullValue(DeserializationContext context) throws JsonMappingException {
            return delegate.getNullValue(context);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            if (delegate instanceof ContextualDeserializer contextual) {
                JsonDeserializer<?> narrowed = contextual.createContextual(context, property);
                return narrowed == delegate ? this : new InRange(narrowed, clock);
            }
            return this;
        }

        @Override
        public void resolve(DeserializationContext context) throws JsonMappingException {
            if (delegate instanceof ResolvableDeserializer resolvable) {
                resolvable.resolve(context);
            }
        }
    }
}
