package org.thinkfamily.contracts.frontdoor;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.thinkfamily.contracts.published.privacy.PersonalData;

/**
 * The personal content of a contact: why it was made and by whom, and for a request from the public what
 * was typed. Kept under the key of the person it is about, or of the contact itself while no person is known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactNarrative(
        String dataSubject,
        String reason,
        String contactedBy,
        PublicRequest request,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean erased)
        implements PersonalData {

    public ContactNarrative(String dataSubject, String reason, String contactedBy, PublicRequest request) {
        this(dataSubject, reason, contactedBy, request, false);
    }
}
