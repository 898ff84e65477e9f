package org.thinkfamily.hub.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.agencyevent.EventNarrative;
import org.thinkfamily.contracts.person.IdentityConflictRecorded;
import org.thinkfamily.contracts.person.PersonDetails;
import org.thinkfamily.contracts.person.PersonIdentifierAdded;
import org.thinkfamily.contracts.person.PersonRegistered;
import org.thinkfamily.contracts.published.canonical.Address;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Sex;

/**
 * Every piece of personal data in an event passes through the protector, sealed under its people's keys; with a
 * key destroyed it reads back erased, and the rest of the event reads as before.
 */
class PersonalDataModuleTest {

    private static final PersonRegistered EVENT = new PersonRegistered(
            "p1",
            List.of(new Identifier("nhs-number", "9434765870")),
            new PersonDetails(
                    "p1",
                    new PersonName("Jane", "Smith"),
                    LocalDate.of(2015, 3, 2),
                    Sex.FEMALE,
                    new Address("100051234567", "BD1 1AA", null)),
            "e1");

    private final InMemoryPersonKeys keys = new InMemoryPersonKeys();
    private final ObjectMapper json = mapper(PersonalDataProtector.sealedUnder(keys));

    private static ObjectMapper mapper(PersonalDataProtector protector) {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new PersonalDataModule(protector))
                .build();
    }

    @Test
    void names_birth_dates_addresses_and_identifiers_are_stored_sealed_and_read_back_whole() throws Exception {
        String stored = json.writeValueAsString(EVENT);
        assertThat(stored)
                .doesNotContain("Jane", "Smith", "2015-03-02", "BD1 1AA", "100051234567", "9434765870", "FEMALE");
        JsonNode tree = json.readTree(stored);
        assertThat(tree.at("/details/protection").asText()).isEqualTo("aes-gcm");
        assertThat(tree.at("/details/dataSubjects/0").asText()).isEqualTo("p1");
        assertThat(tree.at("/identifiers/protection").asText()).isEqualTo("aes-gcm");
        assertThat(tree.get("personId").asText())
                .as("ids are not personal data")
                .isEqualTo("p1");
        assertThat(json.readValue(stored, PersonRegistered.class)).isEqualTo(EVENT);
    }

    @Test
    void once_the_key_is_destroyed_the_event_reads_with_its_personal_data_erased() throws Exception {
        String stored = json.writeValueAsString(EVENT);
        String added =
                json.writeValueAsString(new PersonIdentifierAdded("p1", new Identifier("upn", "A123456789012"), "e2"));
        String conflict = json.writeValueAsString(
                new IdentityConflictRecorded("p1", new Identifier("nhs-number", "9434765870"), "p2", "e3"));
        keys.destroy(List.of("p1"));

        PersonRegistered erased = json.readValue(stored, PersonRegistered.class);
        assertThat(erased.personId()).isEqualTo("p1");
        assertThat(erased.sourceEventId()).isEqualTo("e1");
        assertThat(erased.identifiers()).isEmpty();
        assertThat(erased.details().erased()).isTrue();
        assertThat(erased.details().dataSubject()).isEqualTo("p1");
        assertThat(erased.details().name()).isNull();
        assertThat(erased.details().birthDate()).isNull();
        assertThat(erased.details().address()).isNull();
        assertThat(json.readValue(added, PersonIdentifierAdded.class).identifier())
                .isNull();
        assertThat(json.readValue(conflict, IdentityConflictRecorded.class).otherPersonId())
                .isEqualTo("p2");

        // written again (a snapshot, a copy) it stays erased: nothing of it is stored
        String again = json.writeValueAsString(erased);
        assertThat(json.readTree(again).at("/details/protection").asText()).isEqualTo("erased");
        assertThat(json.readValue(again, PersonRegistered.class).details().erased())
                .isTrue();
    }

    @Test
    void an_events_words_are_unreadable_once_anyone_it_names_is_erased() throws Exception {
        EventNarrative narrative = new EventNarrative(
                "child", "Jane was absent", Map.of("code", "N"), null, List.of("child", "mother"), false);
        String stored = json.writeValueAsString(narrative);
        assertThat(stored).doesNotContain("Jane", "absent");
        assertThat(json.readValue(stored, EventNarrative.class)).isEqualTo(narrative);

        keys.destroy(List.of("mother"));
        EventNarrative erased = json.readValue(stored, EventNarrative.class);
        assertThat(erased.erased()).isTrue();
        assertThat(erased.summary()).isNull();
        assertThat(erased.details()).isNull();
        assertThat(erased.namedPeople()).containsExactly("child", "mother");

        // and a new value about someone erased is stored erased
        JsonNode sealed = json.readTree(json.writeValueAsString(
                new EventNarrative("mother", "new words", null, null, List.of("mother"), false)));
        assertThat(sealed.get("protection").asText()).isEqualTo("erased");
        assertThat(sealed.toString()).doesNotContain("new words");
    }

    @Test
    void a_sealed_value_cannot_be_moved_to_another_person() throws Exception {
        ObjectNode stored = (ObjectNode) json.readTree(json.writeValueAsString(EVENT));
        ObjectNode details = (ObjectNode) stored.get("details");
        keys.keyFor("p2");
        details.putArray("dataSubjects").add("p2");
        assertThatThrownBy(() -> json.treeToValue(stored, PersonRegistered.class))
                .hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class)
                .hasMessageNotContaining("Jane");
    }

    @Test
    void histories_written_before_encryption_still_read() throws Exception {
        String earlier = mapper(new UnencryptedProtector()).writeValueAsString(EVENT);
        assertThat(json.readTree(earlier).at("/details/protection").asText()).isEqualTo("none");
        assertThat(json.readValue(earlier, PersonRegistered.class)).isEqualTo(EVENT);
    }
}
