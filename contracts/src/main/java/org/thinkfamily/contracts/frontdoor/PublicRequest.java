package org.thinkfamily.contracts.frontdoor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * What a member of the public typed into the request-for-help form, as typed: who needs help (the date of
 * birth only when known), how to get back to the person asking. Never resolved to a person by itself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicRequest(
        String aboutName, LocalDate aboutDateOfBirth, String aboutPostcode, String yourName, String yourContact) {}
