package org.thinkfamily.replay.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.thinkfamily.replay.matching.AgencyRecord.Origin.INDEXED;
import static org.thinkfamily.replay.matching.AgencyRecord.Origin.NEWCOMER;
import static org.thinkfamily.replay.matching.AgencyRecord.Origin.NEW_TWIN_SAME_SEX;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.published.canonical.Sex;
import org.thinkfamily.hub.identity.matching.MatchDecision.Verdict;
import org.thinkfamily.hub.identity.matching.MatchRecord;
import org.thinkfamily.hub.identity.matching.MatchScorer;
import org.thinkfamily.hub.identity.matching.PersonMatcher;

/** Precision, recall and the rest on eight records judged by hand. The verdicts are given, so no weight matters here. */
class ScorecardTest {

    // Twins Jane and Amy Smith at one address; Tom Jones; Katherine Lane.
    private final List<Person> people = List.of(
            person("a", 0, "Jane", "Smith", "2015-03-02", "BD1 1AA", "1"),
            person("b", 0, "Amy", "Smith", "2015-03-02", "BD1 1AA", "1"),
            person("c", 1, "Tom", "Jones", "1980-07-19", "LS6 3CC", "2"),
            person("d", 2, "Katherine", "Lane", "1990-04-04", "HX1 2BB", "3"));
    private final SyntheticPopulation population = SyntheticPopulation.of(people);
    private final PersonIndex index = PersonIndex.of(people.stream()
            .map(p -> new PersonMatcher.Candidate(p.personId(), p.asIndexed()))
            .toList());

    @Test
    void precision_recall_and_the_review_queue_are_counted_as_by_hand() {
        Scorecard card = new Scorecard(index, population);
        // Right links: Jane as indexed; Kate for Katherine.
        card.add(record("a", INDEXED, 0, "Jane", "Smith", "2015-03-02", Set.of()), match(Verdict.LINK, "a", 27.5));
        card.add(
                record("d", INDEXED, 2, "Kate", "Lane", "1990-04-04", Set.of(Distortion.NICKNAME)),
                match(Verdict.LINK, "d", 25));
        // Found by review: Tom with a typo who moved.
        card.add(
                record(
                        "c",
                        INDEXED,
                        1,
                        "Tom",
                        "Jnoes",
                        "1980-07-19",
                        Set.of(Distortion.FAMILY_NAME_TYPO, Distortion.MOVED_AWAY)),
                match(Verdict.REVIEW, "c", 15));
        // Missed: a typo in Tom's year, so no blocking key is shared.
        card.add(
                record("c", INDEXED, 1, "Tom", "Jones", "1981-07-19", Set.of(Distortion.DATE_DIGIT_YEAR)),
                match(Verdict.NEW_PERSON, null, Double.NaN));
        // Wrong link: Amy, with a typo, linked to her twin Jane.
        card.add(
                record("b", INDEXED, 0, "Aym", "Smith", "2015-03-02", Set.of(Distortion.GIVEN_NAME_TYPO)),
                match(Verdict.LINK, "a", 19.5));
        // Not in the index: a new twin linked to Jane; a newcomer put to review with Tom; a newcomer found new.
        card.add(
                record("n1", NEW_TWIN_SAME_SEX, 0, "Ava", "Smith", "2015-03-02", Set.of()),
                match(Verdict.LINK, "a", 19.5));
        card.add(record("n2", NEWCOMER, -1, "Tim", "Jones", "1980-07-18", Set.of()), match(Verdict.REVIEW, "c", 12));
        card.add(record("n3", NEWCOMER, -1, "Zed", "Brown", "2001-01-01", Set.of()), match(Verdict.NEW_PERSON, "c", 3));

        Scorecard.Accuracy accuracy = card.accuracy();
        assertThat(accuracy.records()).isEqualTo(8);
        assertThat(accuracy.indexed()).isEqualTo(5);
        assertThat(accuracy.precision()).isCloseTo(2.0 / 4, within(1e-9)); // 2 right of 4 automatic links
        assertThat(accuracy.recall()).isCloseTo(3.0 / 5, within(1e-9)); // 2 links and 1 review pair of 5 indexed
        assertThat(accuracy.f1()).isCloseTo(2 * 0.5 * 0.6 / 1.1, within(1e-9));
        assertThat(accuracy.reviewQueue()).isEqualTo(2);
        assertThat(accuracy.reviewShare()).isCloseTo(0.25, within(1e-9));
        assertThat(accuracy.reviewPairsRight()).isCloseTo(0.5, within(1e-9));

        assertThat(card.missedBecause()).containsExactly(Map.entry("NOT_BLOCKED", 1L));
        assertThat(card.wronglyLinkedBecause()).containsExactly(Map.entry("OUTSCORED", 1L));
        assertThat(card.wrongLinksTo()).containsExactly(Map.entry("TWIN", 2L));
        assertThat(card.twins()).isEqualTo(new Scorecard.Twins(1, 1, 0, 1, 1));
        assertThat(card.byDistortion())
                .contains(
                        new Scorecard.DistortionRow(
                                "none", "the record agrees with the index on every field it gives", 1, 1, 0, 0, 0, 1.0),
                        new Scorecard.DistortionRow(
                                "DATE_DIGIT_YEAR", Distortion.DATE_DIGIT_YEAR.description(), 1, 0, 0, 1, 0, 0.0),
                        new Scorecard.DistortionRow(
                                "GIVEN_NAME_TYPO", Distortion.GIVEN_NAME_TYPO.description(), 1, 0, 0, 0, 1, 0.0));

        // The same verdicts at other thresholds, from the kept scores.
        Scorecard.Sweep asRun = card.at(18, 10);
        assertThat(asRun.precision()).isEqualTo(accuracy.precision());
        assertThat(asRun.recall()).isEqualTo(accuracy.recall());
        assertThat(asRun.reviewQueue()).isEqualTo(2);
        Scorecard.Sweep stricter = card.at(20, 10); // the twins' 19.5 goes to review
        assertThat(stricter.precision()).isEqualTo(1.0);
        assertThat(stricter.recall()).isCloseTo(0.6, within(1e-9));
        assertThat(stricter.reviewQueue()).isEqualTo(4);
        assertThat(stricter.wrongLinks()).isZero();
        Scorecard.Sweep strictest = card.at(26, 16); // Kate goes to review, Tom's 15 is new
        assertThat(strictest.precision()).isEqualTo(1.0);
        assertThat(strictest.recall()).isCloseTo(2.0 / 5, within(1e-9));
    }

    private static Person person(
            String id, int household, String given, String family, String born, String postcode, String uprn) {
        return new Person(
                id, household, given, family, LocalDate.parse(born), Sex.FEMALE, postcode, uprn, Map.of(), Map.of());
    }

    private static AgencyRecord record(
            String id,
            AgencyRecord.Origin origin,
            int household,
            String given,
            String family,
            String born,
            Set<Distortion> distortions) {
        return new AgencyRecord(
                new MatchRecord(given, family, LocalDate.parse(born), Sex.FEMALE, null, null, Map.of()),
                id,
                origin == INDEXED,
                origin,
                household,
                distortions);
    }

    private static PersonMatcher.Match match(Verdict verdict, String personId, double score) {
        return new PersonMatcher.Match(
                verdict, personId, Double.isNaN(score) ? null : new MatchScorer.Score(score, List.of(), false));
    }
}
