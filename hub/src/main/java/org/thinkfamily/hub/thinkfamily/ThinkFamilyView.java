package org.thinkfamily.hub.thinkfamily;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.thinkfamily.contracts.family.FamilyRecord;
import org.thinkfamily.contracts.family.FindFamilyRecords;
import org.thinkfamily.contracts.family.FindRecordsOfFamilies;
import org.thinkfamily.contracts.family.RecordsOfFamilies;

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

    /** {@link #answer} now, for several families (a page of a list), their records read at once. */
    public Map<String, Answers> answerAll(Map<String, List<MemberRole>> membersByFamily) {
        RecordsOfFamilies records = queries.query(
                        new FindRecordsOfFamilies(List.copyOf(membersByFamily.keySet())),
                        ResponseTypes.instanceOf(RecordsOfFamilies.class))
                .join();
        Instant now = clock.instant();
        Map<String, Answers> answers = new LinkedHashMap<>();
        membersByFamily.forEach((familyId, members) ->
                answers.put(familyId, FamilyEvaluation.answer(records.of(familyId), members, now, needs)));
        return answers;
    }
}
