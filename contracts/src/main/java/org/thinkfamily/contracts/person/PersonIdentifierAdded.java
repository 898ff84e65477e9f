package org.thinkfamily.contracts.person;

import org.axonframework.serialization.Revision;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.privacy.PersonalFields;

@Revision("1")
@PersonalFields(subject = "personId", fields = "identifier")
public record PersonIdentifierAdded(String personId, Identifier identifier, String sourceEventId) {}
