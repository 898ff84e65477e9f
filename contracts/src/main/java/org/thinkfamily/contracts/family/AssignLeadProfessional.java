package org.thinkfamily.contracts.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make a user the family's lead professional: the relationship that lets them see the family. */
public record AssignLeadProfessional(
        @TargetAggregateIdentifier String familyId, String user) {}
