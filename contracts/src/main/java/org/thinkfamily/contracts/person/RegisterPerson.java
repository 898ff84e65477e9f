package org.thinkfamily.contracts.person;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.thinkfamily.contracts.published.canonical.Identifier;

/** Register a person not known before, with the identifiers (normalised) they were first seen with. */
public record RegisterPerson(
        @TargetAggregateIdentifier String personId,
        List<Identifier> identifiers,
        PersonDetails details,
        String sourceEventId) {}
