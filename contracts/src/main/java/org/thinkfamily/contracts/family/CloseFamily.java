package org.thinkfamily.contracts.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The family steps down out of early help, with the reason. */
public record CloseFamily(@TargetAggregateIdentifier String familyId, String reason, String closedBy) {}
