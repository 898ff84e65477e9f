package org.thinkfamily.contracts.frontdoor;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.thinkfamily.contracts.published.privacy.PersonalData;

/** A manager's reason for a decision: free text that may name people, so kept as personal data. */
public record DecisionReason(
        String dataSubject,
        String text,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean erased) implements PersonalData {

    public DecisionReason(String dataSubject, String text) {
        this(dataSubject, text, false);
    }
}
