package org.thinkfamily.hub.thinkfamily;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.thinkfamily.contracts.family.FamilyRecord;

/**
 * The facts found for one question. A fact resting on any restricted record says only "A restricted
 * record": the record may decide the answer, never show its content.
 */
final class Findings {

    private record Found(Fact fact, Instant at) {}

    private final List<Found> found = new ArrayList<>();

    void concern(String personId, String text, List<FamilyRecord> evidence) {
        add(personId, text, evidence, true);
    }

    void noConcern(String personId, String text, List<FamilyRecord> evidence) {
        add(personId, text, evidence, false);
    }

    private void add(String personId, String text, List<FamilyRecord> evidence, boolean concern) {
        boolean restricted = evidence.stream().anyMatch(FamilyRecord::isRestricted);
        Instant at = evidence.stream()
                .map(FamilyRecord::occurredAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        found.add(new Found(
                new Fact(
                        personId,
                        restricted ? Wording.RESTRICTED : text,
                        evidence.stream().map(FamilyRecord::eventId).distinct().toList(),
                        concern),
                at));
    }

    /** Concerns first, newest first within each; NOT_KNOWN when nothing bore on the question. */
    Question question() {
        if (found.isEmpty()) {
            return Question.notKnown();
        }
        List<Fact> facts = found.stream()
                .sorted(Comparator.comparing((Found f) -> !f.fact().concern())
                        .thenComparing(Found::at, Comparator.reverseOrder()))
                .map(Found::fact)
                .toList();
        Set<String> eventIds = new LinkedHashSet<>();
        facts.forEach(f -> eventIds.addAll(f.eventIds()));
        boolean concern = facts.stream().anyMatch(Fact::concern);
        return new Question(
                concern ? QuestionStatus.CONCERN : QuestionStatus.NO_CONCERN_KNOWN, facts, List.copyOf(eventIds));
    }
}
