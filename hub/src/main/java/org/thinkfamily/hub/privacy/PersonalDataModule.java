package org.thinkfamily.hub.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import org.thinkfamily.contracts.published.privacy.PersonalData;

/**
 * Jackson module for the event serializer: routes every {@link PersonalData} value through the
 * {@link PersonalDataProtector}, whatever event it sits in.
 */
public final class PersonalDataModule extends SimpleModule {

    public PersonalDataModule(PersonalDataProtector protector) {
        super("personal-data");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(
                    SerializationConfig config, BeanDescription bean, JsonSerializer<?> serializer) {
                return PersonalData.class.isAssignableFrom(bean.getBeanClass())
                        ? new SealingSerializer((JsonSerializer<Object>) serializer, protector)
                        : serializer;
            }
        });
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription bean, JsonDeserializer<?> deserializer) {
                return PersonalData.class.isAssignableFrom(bean.getBeanClass())
                        ? new UnsealingDeserializer(deserializer, protector)
                        : deserializer;
            }
        });
    }

    private static final class SealingSerializer extends JsonSerializer<Object> implements ResolvableSerializer {
        private final JsonSerializer<Object> plain;
        private final PersonalDataProtector protector;

        SealingSerializer(JsonSerializer<Object> plain, PersonalDataProtector protector) {
            this.plain = plain;
            this.protector = protector;
        }

        @Override
        public void resolve(SerializerProvider provider) throws com.fasterxml.jackson.databind.JsonMappingException {
            if (plain instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            TokenBuffer buffer = new TokenBuffer(gen.getCodec(), false);
            plain.serialize(value, buffer, provider);
            JsonNode tree = buffer.asParser(gen.getCodec()).readValueAsTree();
            gen.writeTree(protector.seal(((PersonalData) value).dataSubject(), tree));
        }
    }

    private static final class UnsealingDeserializer extends JsonDeserializer<Object>
            implements ResolvableDeserializer {
        private final JsonDeserializer<?> plain;
        private final PersonalDataProtector protector;

        UnsealingDeserializer(JsonDeserializer<?> plain, PersonalDataProtector protector) {
            this.plain = plain;
            this.protector = protector;
        }

        @Override
        public void resolve(DeserializationContext context) throws com.fasterxml.jackson.databind.JsonMappingException {
            if (plain instanceof ResolvableDeserializer resolvable) {
                resolvable.resolve(context);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode sealed = parser.readValueAsTree();
            JsonParser plainParser = protector.unseal(sealed).traverse(parser.getCodec());
            plainParser.nextToken();
            return plain.deserialize(plainParser, context);
        }
    }
}
