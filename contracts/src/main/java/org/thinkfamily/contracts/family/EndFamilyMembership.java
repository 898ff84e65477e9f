package org.thinkfamily.contracts.family;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A person no longer lives in the family's household (a child moved to a relative, say): end their
 * membership, through every record of theirs the family holds. Their history stays on the family's
 * timeline up to the end; later events about them do not join it.
 */
public record EndFamilyMembership(
        @TargetAggregateIdentifier String familyId, String personId, List<String> recordPersonIds) {}
