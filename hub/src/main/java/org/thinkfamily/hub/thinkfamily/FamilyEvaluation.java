package org.thinkfamily.hub.thinkfamily;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.thinkfamily.contracts.family.FamilyRecord;

/** The five questions and the needs, from a family's records about its members, judged at one moment. */
final class FamilyEvaluation {

    private FamilyEvaluation() {}

    static Answers answer(List<FamilyRecord> records, List<MemberRole> members, Instant now, NeedsProperties needs) {
        Evaluation family = new Evaluation(records, members, now);
        Questions questions = new Questions(
                Question.notKnown(), // from the shared assessment's goals, which come with the assessment
                HealthAndSafeguarding.assess(family),
                SchoolAttendance.assess(family),
                CrimeAndAntiSocialBehaviour.assess(family),
                Work.assess(family));
        housing(family);
        List<NeedMet> met = new ArrayList<>();
        for (Need need : Need.values()) {
            Set<String> eventIds = new LinkedHashSet<>();
            boolean isMet = false;
            for (Signal signal : needs.signalsMeeting(need)) {
                Set<String> evidence = family.signals().get(signal);
                if (evidence != null) {
                    isMet = true;
                    eventIds.addAll(evidence);
                }
            }
            met.add(new NeedMet(need, isMet, List.copyOf(eventIds)));
        }
        long count = met.stream().filter(NeedMet::met).count();
        return new Answers(questions, met, count >= needs.inScopeAt());
    }

    /** Any recent record from the housing sector, whatever its type (homelessness, tenancy at risk, …). */
    private static void housing(Evaluation family) {
        List<FamilyRecord> housing = family.all().stream()
                .filter(r ->
                        r.sector() == org.thinkfamily.contracts.published.canonical.Sector.HOUSING && family.recent(r))
                .toList();
        if (!housing.isEmpty()) {
            family.signal(Signal.HOUSING_EVENT, housing);
        }
    }
}
