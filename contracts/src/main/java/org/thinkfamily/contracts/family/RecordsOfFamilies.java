package org.thinkfamily.contracts.family;

import java.util.List;
import java.util.Map;

/** The answer to {@link FindRecordsOfFamilies}: each family's records, as {@link FindFamilyRecords} gives them. */
public record RecordsOfFamilies(Map<String, List<FamilyRecord>> byFamily) {

    public RecordsOfFamilies {
        byFamily = Map.copyOf(byFamily);
    }

    public List<FamilyRecord> of(String familyId) {
        return byFamily.getOrDefault(familyId, List.of());
    }
}
