package org.thinkfamily.replay.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.thinkfamily.hub.identity.matching.BlockingKeys;
import org.thinkfamily.hub.identity.matching.MatchRecord;
import org.thinkfamily.hub.identity.matching.MatchScorer;
import org.thinkfamily.hub.identity.matching.PersonMatcher;

/**
 * Judges each verdict against the truth and tallies what tuning needs: precision of automatic links,
 * recall counting review pairs whose candidate is the true person, the review queue, and for every
 * error the distortions the record had and why the true person was not the one found. Keeps each
 * record's best candidate and score, so the same run answers for other thresholds exactly (the best
 * candidate does not depend on them).
 */
final class Scorecard {

    enum Outcome {
        LINKED_RIGHT,
        LINKED_WRONG,
        REVIEW_RIGHT,
        REVIEW_WRONG,
        NEW_PERSON
    }

    /** Why a record of an indexed person did not find them. */
    enum Cause {
        NOT_BLOCKED(
                "shares no blocking key with the true person (birth date, swapped date, family-name key in the year)"),
        CAPPED("shares a key, but the true person was beyond the " + BlockingKeys.MAX_CANDIDATES + "-candidate cap"),
        CONFLICT("the true person holds another value of an identifier the record carries: never linked"),
        OUTSCORED("another candidate scored at least as high as the true person"),
        BELOW_THRESHOLD("the true person was the best candidate but scored below the review threshold");

        final String description;

        Cause(String description) {
            this.description = description;
        }
    }

    /** Whom a wrong link went to, from the true person's point of view. */
    enum Relation {
        TWIN,
        HOUSEHOLD_MEMBER,
        SOMEONE_ELSE
    }

    record Accuracy(
            long records,
            long indexed,
            long notIndexed,
            long linkedRight,
            long linkedWrongIndexed,
            long reviewRight,
            long reviewWrongIndexed,
            long newPersonIndexed,
            long linkedNotIndexed,
            long reviewNotIndexed,
            long newPersonNotIndexed,
            double precision,
            double recall,
            double f1,
            long reviewQueue,
            double reviewShare,
            double reviewPairsRight) {

        static Accuracy of(long[] indexed, long[] notIndexed) {
            long links = indexed[Outcome.LINKED_RIGHT.ordinal()]
                    + indexed[Outcome.LINKED_WRONG.ordinal()]
                    + notIndexed[Outcome.LINKED_WRONG.ordinal()];
            long inIndex = sum(indexed);
            long found = indexed[Outcome.LINKED_RIGHT.ordinal()] + indexed[Outcome.REVIEW_RIGHT.ordinal()];
            double precision = links == 0 ? 1.0 : indexed[Outcome.LINKED_RIGHT.ordinal()] / (double) links;
            double recall = inIndex == 0 ? 1.0 : found / (double) inIndex;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            long queue = indexed[Outcome.REVIEW_RIGHT.ordinal()]
                    + indexed[Outcome.REVIEW_WRONG.ordinal()]
                    + notIndexed[Outcome.REVIEW_WRONG.ordinal()];
            long records = inIndex + sum(notIndexed);
            return new Accuracy(
                    records,
                    inIndex,
                    sum(notIndexed),
                    indexed[Outcome.LINKED_RIGHT.ordinal()],
                    indexed[Outcome.LINKED_WRONG.ordinal()],
                    indexed[Outcome.REVIEW_RIGHT.ordinal()],
                    indexed[Outcome.REVIEW_WRONG.ordinal()],
                    indexed[Outcome.NEW_PERSON.ordinal()],
                    notIndexed[Outcome.LINKED_WRONG.ordinal()],
                    notIndexed[Outcome.REVIEW_WRONG.ordinal()],
                    notIndexed[Outcome.NEW_PERSON.ordinal()],
                    precision,
                    recall,
                    f1,
                    queue,
                    records == 0 ? 0 : queue / (double) records,
                    queue == 0 ? 0 : indexed[Outcome.REVIEW_RIGHT.ordinal()] / (double) queue);
        }

        private static long sum(long[] counts) {
            long total = 0;
            for (long c : counts) {
                total += c;
            }
            return total;
        }
    }

    /** Records of indexed people with one distortion (among others, maybe), and how they fared. */
    record DistortionRow(
            String distortion,
            String description,
            long records,
            long linkedRight,
            long reviewRight,
            long missed,
            long linkedWrong,
            double recall) {}

    /** Records of people the index does not hold, by who they are. */
    record NewPeopleRow(
            String origin,
            String description,
            long records,
            long linked,
            long linkedToTwin,
            long linkedToHousehold,
            long review,
            long newPerson) {}

    /** The distortions together on records that went wrong. */
    record Combination(String distortions, long missed, long linkedWrong) {}

    /** The same run judged at other thresholds. */
    record Sweep(
            double link,
            double review,
            double precision,
            double recall,
            double f1,
            long reviewQueue,
            long wrongLinks) {}

    record Twins(
            long newTwinRecords,
            long newTwinsLinkedToTwin,
            long newTwinsReviewedWithTwin,
            long indexedRecordsLinkedToTwin,
            long indexedTwinPairs) {}

    /** A record's best candidate, kept for judging the run at other thresholds. */
    private record Best(boolean indexed, boolean isTruth, double score) {}

    private static final int OUTCOMES = Outcome.values().length;

    private final PersonIndex index;
    private final SyntheticPopulation population;
    private final MatchScorer scorer = new MatchScorer();
    private final long[] indexed = new long[OUTCOMES];
    private final long[] notIndexed = new long[OUTCOMES];
    private final Map<Distortion, long[]> byDistortion = new EnumMap<>(Distortion.class);
    private final long[] undistorted = new long[OUTCOMES];
    // Per origin: a count per outcome, then wrong links to a twin and to another household member.
    private final Map<AgencyRecord.Origin, long[]> byOrigin = new EnumMap<>(AgencyRecord.Origin.class);
    private final Map<Cause, Long> missedBecause = new EnumMap<>(Cause.class);
    private final Map<Cause, Long> wronglyLinkedBecause = new EnumMap<>(Cause.class);
    private final Map<Relation, Long> wrongLinkTo = new EnumMap<>(Relation.class);
    private final Map<Set<Distortion>, long[]> errorCombinations = new HashMap<>();
    private long newTwinsReviewedWithTwin;
    private long indexedLinkedToTwin;
    private final List<Best> best = new ArrayList<>();

    Scorecard(PersonIndex index, SyntheticPopulation population) {
        this.index = index;
        this.population = population;
    }

    Outcome add(AgencyRecord record, PersonMatcher.Match match) {
        boolean bestIsTruth = match.personId() != null && match.personId().equals(record.personId());
        Outcome outcome = switch (match.verdict()) {
            case LINK -> bestIsTruth ? Outcome.LINKED_RIGHT : Outcome.LINKED_WRONG;
            case REVIEW -> bestIsTruth ? Outcome.REVIEW_RIGHT : Outcome.REVIEW_WRONG;
            case NEW_PERSON -> Outcome.NEW_PERSON;
        };
        best.add(new Best(
                record.indexed(),
                bestIsTruth,
                match.score() == null ? Double.NaN : match.score().total()));
        Relation relation = match.personId() == null ? null : relation(record, match.personId());
        if (record.indexed()) {
            indexed[outcome.ordinal()]++;
            if (record.distortions().isEmpty()) {
                undistorted[outcome.ordinal()]++;
            }
            record.distortions()
                    .forEach(d -> byDistortion.computeIfAbsent(d, k -> new long[OUTCOMES])[outcome.ordinal()]++);
            boolean missed = outcome == Outcome.REVIEW_WRONG || outcome == Outcome.NEW_PERSON;
            if (missed || outcome == Outcome.LINKED_WRONG) {
                Cause cause = cause(record, match);
                (missed ? missedBecause : wronglyLinkedBecause).merge(cause, 1L, Long::sum);
                errorCombinations.computeIfAbsent(record.distortions(), k -> new long[2])[missed ? 0 : 1]++;
            }
        } else {
            notIndexed[outcome.ordinal()]++;
            long[] counts = byOrigin.computeIfAbsent(record.origin(), k -> new long[OUTCOMES + 2]);
            counts[outcome.ordinal()]++;
            if (outcome == Outcome.LINKED_WRONG && relation != Relation.SOMEONE_ELSE) {
                counts[OUTCOMES + relation.ordinal()]++;
            }
            if (outcome == Outcome.REVIEW_WRONG && relation == Relation.TWIN) {
                newTwinsReviewedWithTwin++;
            }
        }
        if (outcome == Outcome.LINKED_WRONG) {
            wrongLinkTo.merge(relation, 1L, Long::sum);
            if (record.indexed() && relation == Relation.TWIN) {
                indexedLinkedToTwin++;
            }
        }
        return outcome;
    }

    Accuracy accuracy() {
        return Accuracy.of(indexed, notIndexed);
    }

    List<DistortionRow> byDistortion() {
        List<DistortionRow> rows = new ArrayList<>();
        rows.add(row("none", "the record agrees with the index on every field it gives", undistorted));
        byDistortion.forEach((d, counts) -> rows.add(row(d.name(), d.description(), counts)));
        return rows;
    }

    List<NewPeopleRow> newPeople() {
        List<NewPeopleRow> rows = new ArrayList<>();
        byOrigin.forEach((origin, c) -> rows.add(new NewPeopleRow(
                origin.name(),
                origin.description(),
                total(c),
                c[Outcome.LINKED_WRONG.ordinal()],
                c[OUTCOMES + Relation.TWIN.ordinal()],
                c[OUTCOMES + Relation.HOUSEHOLD_MEMBER.ordinal()],
                c[Outcome.REVIEW_WRONG.ordinal()],
                c[Outcome.NEW_PERSON.ordinal()])));
        return rows;
    }

    Map<String, Long> missedBecause() {
        return described(missedBecause);
    }

    Map<String, Long> wronglyLinkedBecause() {
        return described(wronglyLinkedBecause);
    }

    Map<String, Long> wrongLinksTo() {
        return wrongLinkTo.entrySet().stream()
                .collect(Collectors.toMap(
                        e -> e.getKey().name(), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    List<Combination> errorCombinations(int top) {
        return errorCombinations.entrySet().stream()
                .sorted(Comparator.comparingLong(
                                (Map.Entry<Set<Distortion>, long[]> e) -> e.getValue()[0] + e.getValue()[1])
                        .reversed()
                        .thenComparing(e -> e.getKey().toString()))
                .limit(top)
                .map(e -> new Combination(
                        e.getKey().isEmpty()
                                ? "none"
                                : e.getKey().stream().sorted().map(Enum::name).collect(Collectors.joining(" + ")),
                        e.getValue()[0],
                        e.getValue()[1]))
                .toList();
    }

    Twins twins() {
        AgencyRecord.Origin[] twinOrigins = {
            AgencyRecord.Origin.NEW_TWIN_SAME_SEX, AgencyRecord.Origin.NEW_TWIN_OTHER_SEX
        };
        long records = 0;
        long linked = 0;
        for (AgencyRecord.Origin origin : twinOrigins) {
            long[] c = byOrigin.get(origin);
            if (c != null) {
                records += total(c);
                linked += c[OUTCOMES + Relation.TWIN.ordinal()];
            }
        }
        return new Twins(records, linked, newTwinsReviewedWithTwin, indexedLinkedToTwin, indexedTwinPairs());
    }

    /** What the same verdicts would have been at other thresholds: the best candidate and its score do not change. */
    Sweep at(double link, double review) {
        long[] in = new long[OUTCOMES];
        long[] out = new long[OUTCOMES];
        for (Best b : best) {
            Outcome outcome = Double.isNaN(b.score()) || b.score() < review
                    ? Outcome.NEW_PERSON
                    : b.score() >= link
                            ? (b.isTruth() ? Outcome.LINKED_RIGHT : Outcome.LINKED_WRONG)
                            : b.isTruth() ? Outcome.REVIEW_RIGHT : Outcome.REVIEW_WRONG;
            (b.indexed() ? in : out)[outcome.ordinal()]++;
        }
        Accuracy a = Accuracy.of(in, out);
        return new Sweep(
                link,
                review,
                a.precision(),
                a.recall(),
                a.f1(),
                a.reviewQueue(),
                a.linkedWrongIndexed() + a.linkedNotIndexed());
    }

    private Cause cause(AgencyRecord record, PersonMatcher.Match match) {
        PersonMatcher.Candidate truth = index.person(record.personId());
        MatchRecord incoming = record.record();
        if (truth == null || !PersonIndex.shareAKey(incoming, truth.record())) {
            return Cause.NOT_BLOCKED;
        }
        if (index.candidates(incoming).stream().noneMatch(c -> c.personId().equals(record.personId()))) {
            return Cause.CAPPED;
        }
        if (scorer.score(incoming, truth.record()).strongIdentifierConflict()) {
            return Cause.CONFLICT;
        }
        return match.personId() != null && !match.personId().equals(record.personId())
                ? Cause.OUTSCORED
                : Cause.BELOW_THRESHOLD;
    }

    /** Whom a record's candidate is to the person the record is truly about. */
    private Relation relation(AgencyRecord record, String candidateId) {
        Person candidate = population.person(candidateId);
        Person truth = record.indexed() ? population.person(record.personId()) : null;
        LocalDate born =
                truth != null ? truth.birthDate() : record.record().birthDate(); // new people's dates are undistorted
        if (candidate == null || record.household() < 0 || candidate.household() != record.household()) {
            return Relation.SOMEONE_ELSE;
        }
        return candidate.birthDate().equals(born)
                        && candidate.birthDate().isAfter(SyntheticPopulation.CHILDREN_FROM.minusDays(1))
                ? Relation.TWIN
                : Relation.HOUSEHOLD_MEMBER;
    }

    private long indexedTwinPairs() {
        long pairs = 0;
        for (int h = 0; h < population.households(); h++) {
            List<Person> members = population.household(h);
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    if (members.get(i).birthDate().equals(members.get(j).birthDate())
                            && !members.get(i).birthDate().isBefore(SyntheticPopulation.CHILDREN_FROM)) {
                        pairs++;
                    }
                }
            }
        }
        return pairs;
    }

    private static long total(long[] counts) {
        long total = 0;
        for (int i = 0; i < OUTCOMES; i++) {
            total += counts[i];
        }
        return total;
    }

    private static DistortionRow row(String name, String description, long[] c) {
        long records = total(c);
        long found = c[Outcome.LINKED_RIGHT.ordinal()] + c[Outcome.REVIEW_RIGHT.ordinal()];
        return new DistortionRow(
                name,
                description,
                records,
                c[Outcome.LINKED_RIGHT.ordinal()],
                c[Outcome.REVIEW_RIGHT.ordinal()],
                c[Outcome.REVIEW_WRONG.ordinal()] + c[Outcome.NEW_PERSON.ordinal()],
                c[Outcome.LINKED_WRONG.ordinal()],
                records == 0 ? 0 : found / (double) records);
    }

    private static Map<String, Long> described(Map<Cause, Long> counts) {
        Map<String, Long> described = new java.util.LinkedHashMap<>();
        counts.forEach((cause, n) -> described.put(cause.name(), n));
        return described;
    }
}
