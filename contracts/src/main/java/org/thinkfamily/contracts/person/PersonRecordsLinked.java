package org.thinkfamily.contracts.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * This person's records ({@code recordPersonIds}: the person and all linked into them) are now read as
 * {@code intoPersonId}. Every projection moves them; {@link PersonRecordsUnlinked} moves them back.
 */
@Revision("1")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonRecordsLinked(
        String personId,
        String intoPersonId,
        List<String> recordPersonIds,
        LinkReason reason,
        Double score,
        List<MatchEvidence> evidence,
        String reviewPairId,
        String sourceEventId) {

    public PersonRecordsLinked {
        recordPersonIds = List.copyOf(recordPersonIds);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
