package org.thinkfamily.contracts.person;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.thinkfamily.contracts.published.canonical.Identifier;

@Revision("1")
public record PersonRegistered(
        String personId, List<Identifier> identifiers, PersonDetails details, String sourceEventId) {}
