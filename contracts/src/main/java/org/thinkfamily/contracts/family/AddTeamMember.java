package org.thinkfamily.contracts.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a practitioner on the team around the family: the relationship that lets them see it. */
public record AddTeamMember(@TargetAggregateIdentifier String familyId, String user, String agency, String addedBy) {}
