package org.thinkfamily.contracts.family;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Another record names these members of the family together: more support for their membership. */
public record SupportFamilyMembership(
        @TargetAggregateIdentifier String familyId,
        List<String> recordPersonIds,
        String sourceEventId,
        MembershipBasis basis) {}
