package org.thinkfamily.contracts.person;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The records {@code recordPersonIds} are read as {@code personId} again, no longer as {@code fromPersonId}. */
@Revision("1")
public record PersonRecordsUnlinked(String personId, String fromPersonId, List<String> recordPersonIds) {

    public PersonRecordsUnlinked {
        recordPersonIds = List.copyOf(recordPersonIds);
    }
}
