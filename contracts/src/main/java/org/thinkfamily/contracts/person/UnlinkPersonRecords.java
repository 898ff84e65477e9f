package org.thinkfamily.contracts.person;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Undo a wrong link: this person, with the records linked into them ({@code recordPersonIds}), is a
 * person of their own again, no longer part of {@code fromPersonId}.
 */
public record UnlinkPersonRecords(
        @TargetAggregateIdentifier String personId, String fromPersonId, List<String> recordPersonIds) {}
