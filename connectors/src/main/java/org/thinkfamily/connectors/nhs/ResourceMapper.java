package org.thinkfamily.connectors.nhs;

import java.util.Set;
import org.hl7.fhir.r4.model.Resource;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;

/**
 * Maps one kind of FHIR resource that is a record of its own to its canonical event, or refuses it with a
 * {@link RecordProblem}. {@code covers} collects the Bundle entries the record uses (the Patient it names).
 */
interface ResourceMapper<R extends Resource> {

    Class<R> type();

    CanonicalEvent map(R resource, String messageId, Set<Integer> covers);
}
