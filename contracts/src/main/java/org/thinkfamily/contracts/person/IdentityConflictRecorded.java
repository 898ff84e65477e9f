package org.thinkfamily.contracts.person;

import org.axonframework.serialization.Revision;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.privacy.PersonalFields;

/** {@code otherPersonId} is null when the identifier contradicts one the person already holds. */
@Revision("1")
@PersonalFields(subject = "personId", fields = "identifier")
public record IdentityConflictRecorded(
        String personId, Identifier identifier, String otherPersonId, String sourceEventId) {}
