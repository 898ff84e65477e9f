package org.thinkfamily.contracts.person;

import org.axonframework.serialization.Revision;
import org.thinkfamily.contracts.published.canonical.Identifier;

import java.util.List;

@Revision("1")
public record PersonRegistered(String personId, List<Identifier> identifiers, PersonDetails details,
                               String sourceEventId) {
}
