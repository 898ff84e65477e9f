package org.thinkfamily.hub.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One cycle of a family's assessment as the API answers it. Each contribution shows its latest text, who first
 * wrote it (author, agency, at) and every version; {@code currentCycle} says whether this cycle is still open.
 */
record AssessmentView(
        String assessmentId,
        String familyId,
        int cycle,
        int currentCycle,
        Instant startedAt,
        Instant cycleStartedAt,
        List<Worry> worries,
        List<Strength> strengths,
        List<Goal> goals,
        List<Score> scaling,
        List<ChildVoice> childVoice,
        List<Review> history) {

    /** Anything contributed to a cycle, found by its id. */
    interface Contribution {
        String id();
    }

    record Version(int version, String text, String author, String agency, Instant at) {}

    record Worry(
            String id,
            String kind,
            String text,
            boolean professionalOnly,
            String author,
            String agency,
            Instant at,
            List<Version> versions)
            implements Contribution {}

    record Strength(
            String id,
            String kind,
            String text,
            boolean professionalOnly,
            String author,
            String agency,
            Instant at,
            List<Version> versions)
            implements Contribution {}

    record Goal(
            String id,
            String text,
            List<Step> nextSteps,
            boolean professionalOnly,
            String author,
            String agency,
            Instant at,
            List<Version> versions)
            implements Contribution {}

    record Step(
            String id,
            String text,
            String owner,
            LocalDate due,
            boolean done,
            Instant doneAt,
            String doneBy,
            boolean overdue) {}

    record Score(String id, int score, String participant, String author, String agency, Instant at)
            implements Contribution {}

    record ChildVoice(
            String id,
            String personId,
            String house,
            String text,
            String author,
            String agency,
            Instant at,
            List<Version> versions)
            implements Contribution {}

    record Review(int cycle, Instant reviewedAt, String reviewedBy, String agency, String summary) {}
}
