package org.thinkfamily.contracts.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.thinkfamily.contracts.published.canonical.Identifier;

/**
 * Record, for review, that an agency's record named this person with an identifier that belongs to
 * another person (or that contradicts one this person holds). Nothing is merged.
 */
public record RecordIdentityConflict(
        @TargetAggregateIdentifier String personId,
        Identifier identifier,
        String otherPersonId,
        String sourceEventId) {}
