package org.thinkfamily.contracts.person;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a person's personal data was erased: the keys of {@code dataSubjects} (the person and every
 * record linked into them) are destroyed in the same transaction. The reason must not name the person.
 */
public record ErasePersonalData(@TargetAggregateIdentifier String personId, List<String> dataSubjects, String reason) {}
