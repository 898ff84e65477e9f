package org.thinkfamily.hub.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Stores personal data in an envelope that names its protection ("none") and its data subject. */
final class UnencryptedProtector implements PersonalDataProtector {

    static final String PROTECTION = "none";

    @Override
    public JsonNode seal(String dataSubject, JsonNode plain) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("protection", PROTECTION);
        envelope.put("dataSubject", dataSubject);
        envelope.set("data", plain);
        return envelope;
    }

    @Override
    public JsonNode unseal(JsonNode sealed) {
        String protection = sealed.path("protection").asText();
        if (!PROTECTION.equals(protection)) {
            throw new IllegalStateException(
                    "personal data sealed with protection '" + protection + "' cannot be read here");
        }
        return sealed.get("data");
    }
}
