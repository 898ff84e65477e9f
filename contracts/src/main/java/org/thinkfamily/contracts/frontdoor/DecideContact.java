package org.thinkfamily.contracts.frontdoor;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A manager decides what happens with a contact, once; {@code reason} is required. */
public record DecideContact(
        @TargetAggregateIdentifier String contactId, ContactOutcome outcome, String reason, String decidedBy) {}
