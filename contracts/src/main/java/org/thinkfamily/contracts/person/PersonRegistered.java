package org.thinkfamily.contracts.person;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.privacy.PersonalFields;

@Revision("1")
@PersonalFields(subject = "personId", fields = "identifiers")
public record PersonRegistered(
        String personId, List<Identifier> identifiers, PersonDetails details, String sourceEventId) {}
