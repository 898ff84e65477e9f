package org.thinkfamily.contracts.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Start a family from people named together in one record (or one person seen alone). */
public record StartFamily(@TargetAggregateIdentifier String familyId, List<FamilyMember> members,
                          String sourceEventId) {
}
