package org.thinkfamily.contracts.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A manager decided that the queued pair are two people. */
public record RejectMatchReview(@TargetAggregateIdentifier String personId, String candidatePersonId, String pairId) {}
