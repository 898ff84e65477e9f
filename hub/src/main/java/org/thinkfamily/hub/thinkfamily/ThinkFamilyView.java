package org.thinkfamily.hub.thinkfamily;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.thinkfamily.contracts.family.FamilyRecord;
import org.thinkfamily.contracts.family.FindFamilyRecords;

/**
 * The Think Family view's answers from data: the Director's five questions and the Supporting Families needs
 * of a family, now or as the hub knew it at a moment ("the last 12 months", "now" and "active" are then
 * measured from that moment). The rules are in docs/think-family-view.md; the needs mapping is configuration
 * ({@code thinkfamily.needs}).
 */
@Service
public class ThinkFamilyView {

    private final QueryGateway queries;
    private final NeedsProperties needs;
    private final Clock clock;

    ThinkFamilyView(QueryGateway queries, NeedsProperties needs, Clock clock) {
        this.queries = queries;
        this.needs = needs;
        this.clock = clock;
    }

    /**
     * @param members the family's members and their roles, as the caller shows them (as at {@code asAt});
     *                only records naming one of them count, and only adults' benefits bear on work
     * @param asAt    null for now; else only what the hub had recorded by then
     */
    public Answers answer(String familyId, List<MemberRole> members, Instant asAt) {
        List<FamilyRecord> records = queries.query(
                        new FindFamilyRecords(familyId, asAt), ResponseTypes.multipleInstancesOf(FamilyRecord.class))
                .join();
        return FamilyEvaluation.answer(records, members, asAt == null ? clock.instant() : asAt, needs);
    }
}
