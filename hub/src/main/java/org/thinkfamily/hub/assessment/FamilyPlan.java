package org.thinkfamily.hub.assessment;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The family's own plan (Words and Pictures style): the open cycle of the assessment in plain words, for the family
 * to keep. What professionals marked for themselves only is left out, and so is who wrote what.
 */
record FamilyPlan(
        int cycle,
        ZonedDateTime lastReviewed,
        List<Part> worries,
        List<Part> workingWell,
        List<GoalPlan> goals,
        List<String> scores,
        List<ChildWords> children) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A heading and what is under it; parts with nothing under them are left out. */
    record Part(String heading, List<String> items) {}

    record GoalPlan(String goal, List<String> steps) {}

    record ChildWords(String name, List<Part> houses) {}

    static FamilyPlan of(AssessmentView view, Map<String, String> childNames, ZoneId zone) {
        List<Part> worries = parts(List.of(
                part("What has happened", view.worries(), w -> "PAST_HARM".equals(w.kind())),
                part(
                        "What people are worried could happen if nothing changes",
                        view.worries(),
                        w -> "DANGER_STATEMENT".equals(w.kind())),
                part("What makes things harder", view.worries(), w -> "COMPLICATING_FACTOR".equals(w.kind()))));
        List<Part> working = parts(List.of(
                part("What the family does well", view.strengths(), s -> "STRENGTH".equals(s.kind())),
                part(
                        "What is already keeping the children safe",
                        view.strengths(),
                        s -> "EXISTING_SAFETY".equals(s.kind()))));
        List<GoalPlan> goals = view.goals().stream()
                .filter(g -> !g.professionalOnly())
                .map(g -> new GoalPlan(
                        g.text(), g.nextSteps().stream().map(s -> step(s, zone)).toList()))
                .toList();
        Map<String, AssessmentView.Score> latest = new LinkedHashMap<>();
        view.scaling().stream()
                .sorted(Comparator.comparing(AssessmentView.Score::at))
                .forEach(s -> latest.put(s.participant(), s));
        List<String> scores = latest.values().stream()
                .map(s -> s.participant() + " said " + s.score() + " out of 10 on " + DAY.format(s.at().atZone(zone))
                        + ".")
                .toList();
        Map<String, List<AssessmentView.ChildVoice>> byChild = new LinkedHashMap<>();
        childNames.keySet().forEach(id -> byChild.put(id, new ArrayList<>()));
        view.childVoice()
                .forEach(v -> byChild.computeIfAbsent(v.personId(), k -> new ArrayList<>())
                        .add(v));
        List<ChildWords> children = byChild.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new ChildWords(
                        childNames.getOrDefault(e.getKey(), "A child"),
                        parts(List.of(
                                house("My house of worries", e.getValue(), "WORRIES"),
                                house("My house of good things", e.getValue(), "GOOD_THINGS"),
                                house("My house of dreams", e.getValue(), "DREAMS")))))
                .toList();
        ZonedDateTime reviewed = view.history().isEmpty()
                ? null
                : view.history().get(view.history().size() - 1).reviewedAt().atZone(zone);
        return new FamilyPlan(view.cycle(), reviewed, worries, working, goals, scores, children);
    }

    /** Who will do what by when, as a sentence; a step done says so, a step late says that too. */
    static String step(AssessmentView.Step step, ZoneId zone) {
        if (step.done()) {
            return step.owner() + " has done this"
                    + (step.doneAt() == null
                            ? ""
                            : " (" + DAY.format(step.doneAt().atZone(zone)) + ")") + ": " + step.text();
        }
        return step.owner() + " will do this by " + DAY.format(step.due()) + ": " + step.text()
                + (step.overdue() ? " (This is late: it is not done yet.)" : "");
    }

    private static <C> Part part(String heading, List<C> contributions, Predicate<C> kind) {
        return new Part(
                heading,
                contributions.stream()
                        .filter(kind)
                        .filter(FamilyPlan::forTheFamily)
                        .map(FamilyPlan::text)
                        .toList());
    }

    private static Part house(String heading, List<AssessmentView.ChildVoice> voices, String house) {
        return new Part(
                heading,
                voices.stream()
                        .filter(v -> house.equals(v.house()))
                        .map(AssessmentView.ChildVoice::text)
                        .toList());
    }

    private static List<Part> parts(List<Part> parts) {
        return parts.stream().filter(p -> !p.items().isEmpty()).toList();
    }

    private static boolean forTheFamily(Object contribution) {
        if (contribution instanceof AssessmentView.Worry w) {
            return !w.professionalOnly();
        }
        return !(contribution instanceof AssessmentView.Strength s) || !s.professionalOnly();
    }

    private static String text(Object contribution) {
        if (contribution instanceof AssessmentView.Worry w) {
            return w.text();
        }
        return contribution instanceof AssessmentView.Strength s ? s.text() : String.valueOf(contribution);
    }
}
