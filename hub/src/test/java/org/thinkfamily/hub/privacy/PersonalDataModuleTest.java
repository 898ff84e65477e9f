package org.thinkfamily.hub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.person.PersonDetails;
import org.thinkfamily.contracts.person.PersonRegistered;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;

/** Every PersonalData value in an event passes through the protector, and only it. */
class PersonalDataModuleTest {

    private static final PersonRegistered EVENT = new PersonRegistered(
            "p1",
            List.of(new Identifier("nhs-number", "9434765870")),
            new PersonDetails("p1", new PersonName("Jane", "Smith"), LocalDate.of(2015, 3, 2), null, null),
            "e1");

    private static ObjectMapper mapper(PersonalDataProtector protector) {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new PersonalDataModule(protector))
                .build();
    }

    @Test
    void the_default_stores_personal_data_in_an_envelope_that_names_its_protection_and_subject() throws Exception {
        ObjectMapper json = mapper(new UnencryptedProtector());
        JsonNode stored = json.readTree(json.writeValueAsString(EVENT));
        assertThat(stored.at("/details/protection").asText()).isEqualTo("none");
        assertThat(stored.at("/details/dataSubject").asText()).isEqualTo("p1");
        assertThat(stored.at("/details/data/name/given").asText()).isEqualTo("Jane");
        assertThat(json.readValue(json.writeValueAsString(EVENT), PersonRegistered.class))
                .isEqualTo(EVENT);
    }

    @Test
    void another_protector_changes_what_is_stored_without_changing_the_event_class() throws Exception {
        ObjectMapper json = mapper(new EncodingProtector());
        String stored = json.writeValueAsString(EVENT);
        assertThat(stored).doesNotContain("Jane").doesNotContain("Smith").doesNotContain("2015-03-02");
        assertThat(json.readValue(stored, PersonRegistered.class)).isEqualTo(EVENT);
    }

    /** Stands in for encryption: proves the seam carries the whole value, and nothing else. */
    private static final class EncodingProtector implements PersonalDataProtector {
        @Override
        public JsonNode seal(String dataSubject, JsonNode plain) {
            ObjectNode sealed = JsonNodeFactory.instance.objectNode();
            sealed.put("protection", "base64");
            sealed.put(
                    "data", Base64.getEncoder().encodeToString(plain.toString().getBytes(StandardCharsets.UTF_8)));
            return sealed;
        }

        @Override
        public JsonNode unseal(JsonNode sealed) {
            try {
                return new ObjectMapper()
                        .readTree(Base64.getDecoder().decode(sealed.get("data").asText()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
