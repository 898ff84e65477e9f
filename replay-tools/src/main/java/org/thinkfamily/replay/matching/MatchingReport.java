package org.thinkfamily.replay.matching;

import java.util.Locale;
import org.thinkfamily.hub.identity.matching.BlockingKeys;

/** The benchmark's result as Markdown: figures, then everything tuning needs to know about the errors. */
final class MatchingReport {

    private MatchingReport() {}

    static String markdown(MatchingBenchmark.Result r) {
        var s = r.settings();
        var t = r.timing();
        var a = r.accuracy();
        var p = r.population();
        var m = r.machine();
        StringBuilder md = new StringBuilder();
        md.append("# Matching benchmark\n\n");
        md.append(
                        "Command:\n\n```sh\n./mvnw -B -q install -DskipTests        # builds replay-tools/target/replay-tools.jar\n")
                .append(f(
                        "java -Xmx6g -jar replay-tools/target/replay-tools.jar benchmark-matching --people %d --records %d --seed %d \\\n"
                                + "  --threads %d --link %s --review %s --report docs/benchmarks/matching.md\n```\n\n",
                        s.people(), s.records(), s.seed(), s.threads(), num(s.link()), num(s.review())));
        md.append(f(
                "Run on %s: %d cores, max heap %d MiB, Java %s (%s). Same seed, same population and records.\n\n",
                m.date(), m.cores(), m.maxHeapMiB(), m.java(), m.vm()));

        md.append("## What is measured\n\n");
        md.append(f(
                """
                The hub's own matching engine, unchanged: its Fellegi-Sunter scorer (`MatchScorer`), its thresholds \
                (`MatchDecision`, here link %s and review %s), its choice of the best candidate holding no conflicting strong \
                identifier (`PersonMatcher`), and its blocking keys (`BlockingKeys`: the birth date, the birth date with day and \
                month swapped, the family-name Soundex in the birth year) with its cap of %d candidates, over an in-memory \
                index of %,d synthetic people (`PersonIndex`). In the hub the same look-ups are indexed queries on \
                `person_directory` in PostgreSQL (`MatchCandidates`), whose time is not in these figures. Both keep the \
                birth-date matches first when more than %d candidates share a key.

                Every record goes to matching on details, as a record no strong identifier resolves does in the hub: none \
                carries an identifier value the index holds for anyone. Only the matching phase is timed (blocking look-up \
                and scoring, %d threads, %,d records); generating and judging are not. A record's latency is its look-up \
                and scoring on one thread.

                """,
                num(s.link()),
                num(s.review()),
                BlockingKeys.MAX_CANDIDATES,
                p.people(),
                BlockingKeys.MAX_CANDIDATES,
                s.threads(),
                s.records()));

        md.append("## Targets\n\n| target | result | |\n|---|---|---|\n");
        md.append(f(
                "| precision of automatic links ≥ %.3f | %.4f | %s |\n",
                MatchingBenchmark.PRECISION_TARGET,
                a.precision(),
                met(a.precision() >= MatchingBenchmark.PRECISION_TARGET)));
        md.append(f(
                "| recall, review pairs with the true candidate counted as found, ≥ %.2f | %.4f | %s |\n",
                MatchingBenchmark.RECALL_TARGET, a.recall(), met(a.recall() >= MatchingBenchmark.RECALL_TARGET)));
        md.append(f(
                "| records matched per second on this machine ≥ %,.0f | %,.0f | %s |\n\n",
                MatchingBenchmark.RATE_TARGET,
                t.matchesPerSecond(),
                met(t.matchesPerSecond() >= MatchingBenchmark.RATE_TARGET)));

        md.append("## Figures\n\n| measure | value |\n|---|---|\n");
        md.append(f(
                "| people indexed | %,d in %,d households (%.0f%% children, %,d twin pairs, commonest surname %.2f%%) |\n",
                p.people(),
                p.households(),
                100 * p.childrenShare(),
                r.twins().indexedTwinPairs(),
                100 * p.commonestSurnameShare()));
        md.append(f(
                "| records matched | %,d: %,d about people in the index, %,d about people not in it |\n",
                a.records(), a.indexed(), a.notIndexed()));
        md.append(f(
                "| **records matched per second** | **%,.0f** (%d threads, %.1f s) |\n",
                t.matchesPerSecond(), s.threads(), t.matchingSeconds()));
        md.append(f(
                "| latency per record p50 / p99 / max | %.3f / **%.3f** / %.1f ms |\n",
                t.p50Millis(), t.p99Millis(), t.maxMillis()));
        md.append(f(
                "| candidates scored per record, mean | %.1f (%.1f%% of records at the cap of %d, %,d with none) |\n",
                t.meanCandidates(), 100 * t.cappedShare(), BlockingKeys.MAX_CANDIDATES, t.noCandidates()));
        md.append(f(
                "| population / records generated, index built | %.1f s / %.1f s / **%.1f s** |\n",
                t.populationSeconds(), t.recordsSeconds(), t.indexSeconds()));
        md.append(f(
                "| heap used after GC: population and records / and the index | %,d MiB / **%,d MiB** |\n",
                t.heapAfterPopulationMiB(), t.heapAfterIndexMiB()));
        md.append(f("| **precision** (right links / all automatic links) | **%.4f** |\n", a.precision()));
        md.append(f(
                "| **recall** ((right links + review pairs with the true candidate) / records of indexed people) | **%.4f** |\n",
                a.recall()));
        md.append(f("| F1 | %.4f |\n", a.f1()));
        md.append(f(
                "| **review queue** | **%,d** pairs, %.2f%% of records; %.0f%% of its pairs are one person |\n\n",
                a.reviewQueue(), 100 * a.reviewShare(), 100 * a.reviewPairsRight()));

        md.append("## Verdicts\n\n| verdict | person in the index | person not in the index |\n|---|---|---|\n");
        md.append(f("| linked to the true person | %,d | – |\n", a.linkedRight()));
        md.append(f("| linked to someone else | %,d | %,d |\n", a.linkedWrongIndexed(), a.linkedNotIndexed()));
        md.append(f("| review, the candidate is the true person | %,d | – |\n", a.reviewRight()));
        md.append(f(
                "| review, the candidate is someone else | %,d | %,d |\n",
                a.reviewWrongIndexed(), a.reviewNotIndexed()));
        md.append(f("| new person | %,d | %,d |\n\n", a.newPersonIndexed(), a.newPersonNotIndexed()));

        md.append(
                "## Errors by distortion\n\nRecords of people in the index, by what the agency got wrong or left out (a record may have "
                        + "several, and counts under each). *Missed*: a new person, or a review pair with someone else.\n\n"
                        + "| distortion | records | linked right | review right | missed | linked wrong | recall |\n|---|---|---|---|---|---|---|\n");
        for (var row : r.byDistortion()) {
            md.append(f(
                    "| %s: %s | %,d | %,d | %,d | %,d | %,d | %.3f |\n",
                    code(row.distortion()),
                    row.description(),
                    row.records(),
                    row.linkedRight(),
                    row.reviewRight(),
                    row.missed(),
                    row.linkedWrong(),
                    row.recall()));
        }
        md.append(
                "\n## Why the true person was not the one found\n\n| cause | missed | linked to someone else |\n|---|---|---|\n");
        for (Scorecard.Cause cause : Scorecard.Cause.values()) {
            md.append(f(
                    "| %s: %s | %,d | %,d |\n",
                    code(cause.name()),
                    cause.description,
                    r.missedBecause().getOrDefault(cause.name(), 0L),
                    r.wronglyLinkedBecause().getOrDefault(cause.name(), 0L)));
        }
        md.append("\n## Wrong links went to\n\n| whom (to the person the record is about) | links |\n|---|---|\n");
        for (Scorecard.Relation relation : Scorecard.Relation.values()) {
            md.append(
                    f("| %s | %,d |\n", code(relation.name()), r.wrongLinksTo().getOrDefault(relation.name(), 0L)));
        }
        md.append(
                "\n## Records of people not in the index\n\n| who | records | linked (wrongly) | of which to their twin "
                        + "| to another household member | review | new person |\n|---|---|---|---|---|---|---|\n");
        for (var row : r.newPeople()) {
            md.append(f(
                    "| %s: %s | %,d | %,d | %,d | %,d | %,d | %,d |\n",
                    code(row.origin()),
                    row.description(),
                    row.records(),
                    row.linked(),
                    row.linkedToTwin(),
                    row.linkedToHousehold(),
                    row.review(),
                    row.newPerson()));
        }
        var tw = r.twins();
        md.append(f(
                """

                ## Twins

                Twins share a birth date, surname and address and differ in given name; they must never be linked.

                - Twin pairs in the index: %,d.
                - Records of a twin the index does not hold yet: %,d; **linked to their twin: %,d (%.1f%%)**; \
                reviewed with their twin: %,d.
                - Records of indexed people linked to their twin instead: %,d.

                """,
                tw.indexedTwinPairs(),
                tw.newTwinRecords(),
                tw.newTwinsLinkedToTwin(),
                tw.newTwinRecords() == 0 ? 0 : 100.0 * tw.newTwinsLinkedToTwin() / tw.newTwinRecords(),
                tw.newTwinsReviewedWithTwin(),
                tw.indexedRecordsLinkedToTwin()));

        md.append(
                "## Distortions together on records that went wrong\n\n| distortions | missed | linked wrong |\n|---|---|---|\n");
        for (var c : r.errorCombinations()) {
            md.append(f("| %s | %,d | %,d |\n", c.distortions(), c.missed(), c.linkedWrong()));
        }
        md.append("""

                ## Other thresholds

                The same run judged at other thresholds; exact, since the best candidate and its score do not depend on \
                them (`--link` and `--review` give the same figures).

                | link | review | precision | recall | F1 | review queue | wrong links |
                |---|---|---|---|---|---|---|
                """);
        for (var w : r.sweep()) {
            boolean current = w.link() == s.link() && w.review() == s.review();
            md.append(f(
                    current
                            ? "| **%s** | **%s** | **%.4f** | **%.4f** | **%.4f** | **%,d** | **%,d** |\n"
                            : "| %s | %s | %.4f | %.4f | %.4f | %,d | %,d |\n",
                    num(w.link()),
                    num(w.review()),
                    w.precision(),
                    w.recall(),
                    w.f1(),
                    w.reviewQueue(),
                    w.wrongLinks()));
        }

        md.append(f(
                """

                ## The synthetic data

                `SyntheticPopulation` (seeded, deterministic): households of one or two adults (a couple shares a surname 3 \
                times in 4) with none to four children, some single parents; a postcode (West Yorkshire outward codes, about \
                fifteen households a postcode) and a UPRN per household; adults born 1950-2005, children 2008-2025; twins in \
                %.1f%% of births (6 in 10 of the same sex); surnames by frequency (a hundred common ones, Smith about 1 in 100, \
                then a long tail), given names by sex. An NHS number for 95%%, a UPN for children of school age, an NI number \
                for 90%% of adults; the index holds %.0f%% of people's NHS numbers and half of the UPNs and NI numbers \
                (%.0f%% of people with at least one).

                `SyntheticRecords`: %.0f%% of records are about people not in the index (newcomers 55%%, a new twin of an \
                indexed child 10%%, a new sibling 20%%, an adult joining an indexed household 15%%). Records of indexed people: \
                family-name typo %.0f%%; given-name typo %.0f%%; another form of the given name %.0f%% of those who have one; names \
                in the other order %.0f%%; day and month swapped %.0f%% of dates that can be; one digit wrong %.0f%% (a third in the \
                year); sex missing %.0f%%; address missing %.0f%%; UPRN missing %.0f%% of the rest; moved house %.0f%% (half nearby); \
                each identifier the index does not hold carried %.0f%%; a re-issued NHS number %.1f%%. New people's records miss \
                sex and address at the same rates and carry their own identifiers as often.
                """,
                100 * SyntheticPopulation.TWIN_BIRTHS,
                100 * p.nhsNumberKnownShare(),
                100 * p.anyIdentifierKnownShare(),
                100 * SyntheticRecords.NOT_INDEXED,
                100 * SyntheticRecords.FAMILY_NAME_TYPO,
                100 * SyntheticRecords.GIVEN_NAME_TYPO,
                100 * SyntheticRecords.OTHER_FORM_OF_GIVEN_NAME,
                100 * SyntheticRecords.NAMES_IN_OTHER_ORDER,
                100 * SyntheticRecords.DAY_MONTH_SWAPPED,
                100 * SyntheticRecords.DATE_DIGIT,
                100 * SyntheticRecords.SEX_MISSING,
                100 * SyntheticRecords.ADDRESS_MISSING,
                100 * SyntheticRecords.UPRN_MISSING,
                100 * SyntheticRecords.MOVED,
                100 * SyntheticRecords.OTHER_IDENTIFIER,
                100 * SyntheticRecords.CONFLICTING_IDENTIFIER));
        return md.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String num(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String code(String name) {
        return "`" + name + "`";
    }

    private static String met(boolean met) {
        return met ? "met" : "**missed**";
    }
}
