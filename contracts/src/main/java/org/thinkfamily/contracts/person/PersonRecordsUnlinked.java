package org.thinkfamily.contracts.person;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The records {@code recordPersonIds} are read as {@code personId} again, no longer as {@code fromPersonId}. */
@Revision("1")
public record PersonRecordsUnlinked(String personId, String fromPersonId, List<String> recordPersonIds) {

    public PersonRecordsUnlinked {
        recordPersonIds = List.copyOf(recordPersonIds);
    }
}
