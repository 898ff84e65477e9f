package org.thinkfamily.hub.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The one seam every {@link org.thinkfamily.contracts.published.privacy.PersonalData} value (and every
 * {@link org.thinkfamily.contracts.published.privacy.PersonalFields} field) passes through on its way into
 * and out of the event store.
 */
public interface PersonalDataProtector {

    /** The stored form of a value about these data subjects (at least one). */
    JsonNode seal(List<String> dataSubjects, JsonNode plain);

    /**
     * The stored form of a value given as its JSON: the same as {@link #seal(List, JsonNode)} of its tree, without
     * the tree where the protector needs only the bytes.
     */
    JsonNode sealJson(List<String> dataSubjects, byte[] plainJson);

    /** The value back from its stored form; empty when a data subject's personal data was erased. */
    Optional<JsonNode> unseal(JsonNode sealed);

    /**
     * Gets ready to unseal, on this thread, the values in these serialized events (JSON as the event store holds
     * it): the keys they need are read together until the answer is closed.
     */
    default PersonKeys.ReadAhead readAhead(List<byte[]> serialized) {
        return PersonKeys.ReadAhead.NOTHING;
    }

    /** AES-256-GCM under each data subject's key (the hub's protector). */
    static PersonalDataProtector sealedUnder(PersonKeys keys) {
        return new SealingProtector(keys);
    }

    /** The data subjects a stored form names. */
    static List<String> subjectsOf(JsonNode sealed) {
        if (sealed.has("dataSubjects")) {
            return java.util.stream.StreamSupport.stream(
                            sealed.get("dataSubjects").spliterator(), false)
                    .map(JsonNode::asText)
                    .toList();
        }
        return sealed.hasNonNull("dataSubject")
                ? List.of(sealed.get("dataSubject").asText())
                : List.of();
    }

    /** Whether this JSON is a stored form (rather than a plain value written before sealing). */
    static boolean isSealed(JsonNode node) {
        return node != null && node.isObject() && node.has("protection");
    }
}
