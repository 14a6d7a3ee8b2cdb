package nl.participationsuite.web.api;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import org.springframework.stereotype.Component;

/**
 * The domain's typed ids ({@code TrajectoryId}, {@code ParticipantId}, ...: records holding one
 * UUID {@code value}) travel in JSON as plain UUID strings, both ways, without the domain knowing
 * JSON. Spring Boot registers every Jackson module bean with its ObjectMapper.
 */
@Component
class TypedIdModule extends SimpleModule {

    TypedIdModule() {
        super("participation-typed-ids");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription description) {
                return isTypedId(type.getRawClass()) ? new TypedIdSerializer(type.getRawClass()) : null;
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription description) {
                return isTypedId(type.getRawClass()) ? new TypedIdDeserializer(type.getRawClass()) : null;
            }
        });
    }

    static boolean isTypedId(Class<?> type) {
        if (!type.isRecord() || !type.getPackageName().startsWith("nl.participationsuite.domain")) {
            return false;
        }
        RecordComponent[] components = type.getRecordComponents();
        return components.length == 1 && components[0].getName().equals("value") && components[0].getType() == UUID.class;
    }

    private static final class TypedIdSerializer extends JsonSerializer<Object> {

        private final RecordComponent value;

        TypedIdSerializer(Class<?> type) {
            this.value = type.getRecordComponents()[0];
        }

        @Override
        public void serialize(Object id, JsonGenerator json, SerializerProvider provider) throws IOException {
            try {
                json.writeString(value.getAccessor().invoke(id).toString());
            }
            catch (ReflectiveOperationException ex) {
                throw new IOException(ex);
            }
        }
    }

    private static final class TypedIdDeserializer extends JsonDeserializer<Object> {

        private final Class<?> type;

        TypedIdDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser json, DeserializationContext context) throws IOException {
            String text = json.getValueAsString();
            UUID uuid;
            try {
                uuid = UUID.fromString(text);
            }
            catch (IllegalArgumentException | NullPointerException ex) {
                return context.handleWeirdStringValue(type, text, "not an id (a UUID)");
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(UUID.class);
                return constructor.newInstance(uuid);
            }
            catch (ReflectiveOperationException ex) {
                throw new IOException(ex);
            }
        }
    }
}
