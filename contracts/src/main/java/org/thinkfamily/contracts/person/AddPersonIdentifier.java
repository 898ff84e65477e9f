package org.thinkfamily.contracts.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.thinkfamily.contracts.published.canonical.Identifier;

/** Add an identifier newly seen for a known person. */
public record AddPersonIdentifier(
        @TargetAggregateIdentifier String personId, Identifier identifier, String sourceEventId) {}
