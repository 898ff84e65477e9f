package org.thinkfamily.contracts.person;

import org.axonframework.serialization.Revision;
import org.thinkfamily.contracts.published.canonical.Identifier;

@Revision("1")
public record PersonIdentifierAdded(String personId, Identifier identifier, String sourceEventId) {}
