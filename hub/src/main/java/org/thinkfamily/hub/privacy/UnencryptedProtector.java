package org.thinkfamily.hub.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The envelope personal data was stored in before it was encrypted ("none"): it names its data subject and
 * holds the value as it is. Still read, so histories written then stay readable; never written by the hub.
 */
final class UnencryptedProtector implements PersonalDataProtector {

    static final String PROTECTION = "none";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public JsonNode seal(List<String> dataSubjects, JsonNode plain) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("protection", PROTECTION);
        envelope.put("dataSubject", dataSubjects.get(0));
        envelope.set("data", plain);
        return envelope;
    }

    @Override
    public JsonNode sealJson(List<String> dataSubjects, byte[] plainJson) {
        try {
            return seal(dataSubjects, JSON.readTree(plainJson));
        } catch (IOException e) {
            throw new IllegalStateException("personal data could not be read as JSON", e);
        }
    }

    @Override
    public Optional<JsonNode> unseal(JsonNode sealed) {
        String protection = sealed.path("protection").asText();
        if (!PROTECTION.equals(protection)) {
            throw new IllegalStateException(
                    "personal data sealed with protection '" + protection + "' cannot be read here");
        }
        return Optional.of(sealed.get("data"));
    }
}
