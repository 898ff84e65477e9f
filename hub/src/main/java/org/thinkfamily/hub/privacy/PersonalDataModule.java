package org.thinkfamily.hub.privacy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.thinkfamily.contracts.published.privacy.PersonalData;
import org.thinkfamily.contracts.published.privacy.PersonalFields;

/**
 * Jackson module for the event serializer: routes every {@link PersonalData} value, and every field an event
 * marks with {@link PersonalFields}, through the {@link PersonalDataProtector}, whatever event it sits in. What
 * cannot be read because a data subject was erased comes back in its erased form.
 */
public final class PersonalDataModule extends SimpleModule {

    public PersonalDataModule(PersonalDataProtector protector) {
        super("personal-data");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(
                    SerializationConfig config, BeanDescription bean, JsonSerializer<?> serializer) {
                Class<?> type = bean.getBeanClass();
                if (PersonalData.class.isAssignableFrom(type)) {
                    return new SealingSerializer((JsonSerializer<Object>) serializer, protector);
                }
                PersonalFields fields = type.getAnnotation(PersonalFields.class);
                return fields == null
                        ? serializer
                        : new FieldSealingSerializer((JsonSerializer<Object>) serializer, protector, fields);
            }
        });
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription bean, JsonDeserializer<?> deserializer) {
                Class<?> type = bean.getBeanClass();
                if (PersonalData.class.isAssignableFrom(type)) {
                    boolean namesPeople = bean.findProperties().stream()
                            .anyMatch(p -> p.getName().equals("namedPeople"));
                    return new UnsealingDeserializer(deserializer, protector, namesPeople);
                }
                PersonalFields fields = type.getAnnotation(PersonalFields.class);
                return fields == null
                        ? deserializer
                        : new FieldUnsealingDeserializer(deserializer, protector, fields, listFields(bean, fields));
            }
        });
    }

    private static Set<String> listFields(BeanDescription bean, PersonalFields fields) {
        Set<String> lists = new HashSet<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (List.of(fields.fields()).contains(property.getName())
                    && Collection.class.isAssignableFrom(property.getRawPrimaryType())) {
                lists.add(property.getName());
            }
        }
        return lists;
    }

    private static JsonNode plainTree(
            JsonSerializer<Object> plain, Object value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        TokenBuffer buffer = new TokenBuffer(gen.getCodec(), false);
        plain.serialize(value, buffer, provider);
        return buffer.asParser(gen.getCodec()).readValueAsTree();
    }

    /** The value as JSON, written straight to bytes: sealing needs no tree of it. */
    private static byte[] plainJson(
            JsonSerializer<Object> plain,
            Object value,
            JsonGenerator gen,
            SerializerProvider provider,
            InnerGenerators inner)
            throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder();
        try (JsonGenerator json = inner.factoryFor(gen).createGenerator(bytes)) {
            json.setCodec(gen.getCodec());
            plain.serialize(value, json, provider);
        }
        return bytes.toByteArray();
    }

    /**
     * Factories for a generator inside another's write. Jackson lends each thread one set of buffers, which the outer
     * generator holds, so an inner generator of the same factory allocated its own (12 KB) for every sealed value:
     * a tenth of what the hub allocated in an ingest. This one's take theirs from a pool shared by all threads; it is
     * a copy of the outer factory, with its features, made again only if a serializer meets another factory.
     */
    private static final class InnerGenerators {
        private record Copy(JsonFactory outer, JsonFactory inner) {}

        private volatile Copy last;

        JsonFactory factoryFor(JsonGenerator outer) {
            JsonFactory factory = outer.getCodec().getFactory();
            Copy copy = last;
            if (copy == null || copy.outer() != factory) {
                copy = new Copy(
                        factory,
                        factory.rebuild()
                                .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
                                .build());
                last = copy;
            }
            return copy.inner();
        }
    }

    private static Object fromTree(
            JsonDeserializer<?> plain, JsonNode tree, JsonParser parser, DeserializationContext context)
            throws IOException {
        JsonParser plainParser = tree.traverse(parser.getCodec());
        plainParser.nextToken();
        return plain.deserialize(plainParser, context);
    }

    /** A serializer that writes through the plain one it wraps, resolved as that one is. */
    private abstract static class Wrapping extends JsonSerializer<Object> implements ResolvableSerializer {
        final JsonSerializer<Object> plain;
        final PersonalDataProtector protector;

        Wrapping(JsonSerializer<Object> plain, PersonalDataProtector protector) {
            this.plain = plain;
            this.protector = protector;
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (plain instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }
    }

    /** A deserializer that reads through the plain one it wraps, resolved as that one is. */
    private abstract static class Unwrapping extends JsonDeserializer<Object> implements ResolvableDeserializer {
        final JsonDeserializer<?> plain;
        final PersonalDataProtector protector;

        Unwrapping(JsonDeserializer<?> plain, PersonalDataProtector protector) {
            this.plain = plain;
            this.protector = protector;
        }

        @Override
        public void resolve(DeserializationContext context) throws JsonMappingException {
            if (plain instanceof ResolvableDeserializer resolvable) {
                resolvable.resolve(context);
            }
        }
    }

    private static final class SealingSerializer extends Wrapping {
        private final InnerGenerators inner = new InnerGenerators();

        SealingSerializer(JsonSerializer<Object> plain, PersonalDataProtector protector) {
            super(plain, protector);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            PersonalData data = (PersonalData) value;
            if (data.erased()) {
                ObjectNode erased = JsonNodeFactory.instance.objectNode();
                erased.put("protection", SealingProtector.ERASED);
                data.dataSubjects().forEach(erased.putArray("dataSubjects")::add);
                gen.writeTree(erased);
                return;
            }
            gen.writeTree(protector.sealJson(data.dataSubjects(), plainJson(plain, value, gen, provider, inner)));
        }
    }

    private static final class UnsealingDeserializer extends Unwrapping {
        private final boolean namesPeople;

        UnsealingDeserializer(JsonDeserializer<?> plain, PersonalDataProtector protector, boolean namesPeople) {
            super(plain, protector);
            this.namesPeople = namesPeople;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode stored = parser.readValueAsTree();
            if (!PersonalDataProtector.isSealed(stored)) {
                return fromTree(plain, stored, parser, context);
            }
            Optional<JsonNode> value = protector.unseal(stored);
            return fromTree(plain, value.orElseGet(() -> erasedForm(stored)), parser, context);
        }

        /** The data subjects and nothing else. */
        private JsonNode erasedForm(JsonNode stored) {
            List<String> subjects = PersonalDataProtector.subjectsOf(stored);
            ObjectNode erased = JsonNodeFactory.instance.objectNode();
            erased.put("dataSubject", subjects.isEmpty() ? null : subjects.get(0));
            erased.put("erased", true);
            if (namesPeople) {
                subjects.forEach(erased.putArray("namedPeople")::add);
            }
            return erased;
        }
    }

    private static final class FieldSealingSerializer extends Wrapping {
        private final PersonalFields fields;

        FieldSealingSerializer(JsonSerializer<Object> plain, PersonalDataProtector protector, PersonalFields fields) {
            super(plain, protector);
            this.fields = fields;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            JsonNode tree = plainTree(plain, value, gen, provider);
            if (tree instanceof ObjectNode event && event.hasNonNull(fields.subject())) {
                List<String> subject = List.of(event.get(fields.subject()).asText());
                for (String field : fields.fields()) {
                    JsonNode plainValue = event.get(field);
                    if (plainValue != null && !plainValue.isNull()) {
                        event.set(field, protector.seal(subject, plainValue));
                    }
                }
            }
            gen.writeTree(tree);
        }
    }

    private static final class FieldUnsealingDeserializer extends Unwrapping {
        private final PersonalFields fields;
        private final Set<String> lists;

        FieldUnsealingDeserializer(
                JsonDeserializer<?> plain, PersonalDataProtector protector, PersonalFields fields, Set<String> lists) {
            super(plain, protector);
            this.fields = fields;
            this.lists = lists;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = parser.readValueAsTree();
            if (tree instanceof ObjectNode event) {
                for (String field : fields.fields()) {
                    JsonNode stored = event.get(field);
                    if (PersonalDataProtector.isSealed(stored)) {
                        event.set(
                                field,
                                protector
                                        .unseal(stored)
                                        .orElseGet(() -> lists.contains(field)
                                                ? JsonNodeFactory.instance.arrayNode()
                                                : JsonNodeFactory.instance.nullNode()));
                    }
                }
            }
            return fromTree(plain, tree, parser, context);
        }
    }
}
