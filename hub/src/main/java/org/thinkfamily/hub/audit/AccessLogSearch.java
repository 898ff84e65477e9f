package org.thinkfamily.hub.audit;

import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.audit.AccessLogEntry;
import org.thinkfamily.contracts.audit.AccessRelationship;
import org.thinkfamily.contracts.audit.FindAccessLogEntries;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FindFamiliesOfPeople;

/** The access log searched as auditors ask: by family, by person (their families), user, relationship and period. */
@Component
public class AccessLogSearch {

    /** The most entries one search returns. */
    public static final int MAX_ENTRIES = 10_000;

    private final QueryGateway queries;

    AccessLogSearch(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * @param personId entries about the families the person is or was a member of (with a family as well: that
     *                 family, if it is one of them)
     * @param to       exclusive
     */
    public List<AccessLogEntry> find(
            String familyId,
            String personId,
            String user,
            AccessRelationship relationship,
            Instant from,
            Instant to,
            int limit) {
        return queries.query(
                        new FindAccessLogEntries(
                                families(familyId, personId),
                                user,
                                relationship,
                                from,
                                to,
                                Math.max(1, Math.min(limit, MAX_ENTRIES))),
                        ResponseTypes.multipleInstancesOf(AccessLogEntry.class))
                .join();
    }

    private List<String> families(String familyId, String personId) {
        if (personId == null) {
            return familyId == null ? null : List.of(familyId);
        }
        List<String> ofPerson = queries
                .query(
                        new FindFamiliesOfPeople(List.of(personId)),
                        ResponseTypes.multipleInstancesOf(FamilyMembership.class))
                .join()
                .stream()
                .map(FamilyMembership::familyId)
                .distinct()
                .toList();
        return familyId == null
                ? ofPerson
                : ofPerson.stream().filter(familyId::equals).toList();
    }
}
