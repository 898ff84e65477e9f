package org.thinkfamily.contracts.family;

import java.util.List;

/**
 * Query: {@link FindFamilyRecords} for several families at once, now (a page of a list), answered as
 * {@link RecordsOfFamilies}; one read instead of one per family.
 */
public record FindRecordsOfFamilies(List<String> familyIds) {

    public FindRecordsOfFamilies {
        familyIds = List.copyOf(familyIds);
    }
}
