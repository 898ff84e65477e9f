package org.thinkfamily.contracts.person;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Recorded by the first version of matching, which linked a record to a person directly; kept so that
 * stored history still reads. Links are {@link PersonRecordsLinked} now, reversible by an unlink.
 */
@Revision("1")
public record PersonMatchedByDetails(
        String personId, String sourceEventId, double score, List<MatchEvidence> evidence) {}
