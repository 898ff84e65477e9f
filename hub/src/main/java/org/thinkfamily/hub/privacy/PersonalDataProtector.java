package org.thinkfamily.hub.privacy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one seam every {@link org.thinkfamily.contracts.published.privacy.PersonalData} value passes through on
 * its way into and out of the event store. Today it only wraps the value; per-person encryption
 * (and erasure by destroying a person's key) is switched on by providing another implementation.
 */
public interface PersonalDataProtector {

    /** The stored form of a value of the given data subject. */
    JsonNode seal(String dataSubject, JsonNode plain);

    /** The value back from its stored form. */
    JsonNode unseal(JsonNode sealed);
}
