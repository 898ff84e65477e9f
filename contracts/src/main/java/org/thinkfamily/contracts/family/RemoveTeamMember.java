package org.thinkfamily.contracts.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a practitioner off the team around the family: from then on they no longer see it. */
public record RemoveTeamMember(@TargetAggregateIdentifier String familyId, String user, String removedBy) {}
