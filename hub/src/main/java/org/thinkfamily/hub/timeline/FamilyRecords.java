package org.thinkfamily.hub.timeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.agencyevent.FindAgencyEventsAboutPerson;
import org.thinkfamily.contracts.family.FamilyRecord;
import org.thinkfamily.contracts.family.FindFamilyRecords;
import org.thinkfamily.contracts.family.FindRecordsOfFamilies;
import org.thinkfamily.contracts.family.RecordsOfFamilies;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;

/** Answers for other features what is on a family's timeline, with each record's facts. */
@Component
class FamilyRecords {

    private final TimelineQueries timeline;

    FamilyRecords(TimelineQueries timeline) {
        this.timeline = timeline;
    }

    @QueryHandler
    List<FamilyRecord> handle(FindFamilyRecords query) {
        return timeline.facts(query.familyId(), query.asAt()).stream()
                .map(FamilyRecords::record)
                .toList();
    }

    @QueryHandler
    List<String> handle(FindAgencyEventsAboutPerson query) {
        return timeline.eventIdsAbout(query.personId());
    }

    @QueryHandler
    RecordsOfFamilies handle(FindRecordsOfFamilies query) {
        Map<String, List<FamilyRecord>> byFamily = new LinkedHashMap<>();
        timeline.facts(query.familyIds(), null)
                .forEach((familyId, facts) -> byFamily.put(
                        familyId, facts.stream().map(FamilyRecords::record).toList()));
        return new RecordsOfFamilies(byFamily);
    }

    private static FamilyRecord record(TimelineQueries.Facts f) {
        return new FamilyRecord(
                f.eventId(),
                f.occurredAt(),
                f.recordedAt(),
                Sector.valueOf(f.sector()),
                f.type(),
                Sensitivity.valueOf(f.sensitivity()),
                f.personIds(),
                f.details());
    }
}
