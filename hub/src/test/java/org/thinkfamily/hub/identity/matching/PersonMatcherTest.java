package org.thinkfamily.hub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinkfamily.hub.identity.matching.MatchDecision.Verdict.LINK;
import static org.thinkfamily.hub.identity.matching.MatchDecision.Verdict.NEW_PERSON;
import static org.thinkfamily.hub.identity.matching.MatchDecision.Verdict.REVIEW;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.published.canonical.Sex;

/** Each decision path of matching on details, and properties that must hold for any records. */
class PersonMatcherTest {

    private final PersonMatcher matcher = new PersonMatcher(MatchDecision.defaults());

    private static MatchRecord child(
            String given, String family, String birth, String postcode, String uprn, Map<String, String> ids) {
        return new MatchRecord(given, family, LocalDate.parse(birth), Sex.FEMALE, postcode, uprn, ids);
    }

    private static PersonMatcher.Candidate candidate(String personId, MatchRecord record) {
        return new PersonMatcher.Candidate(personId, record);
    }

    @Test
    void links_to_the_best_candidate_of_several() {
        MatchRecord incoming = child("Jane", "Smith", "2015-03-02", "BD1 1AA", null, Map.of());
        PersonMatcher.Match match = matcher.match(
                incoming,
                List.of(
                        candidate("cousin", child("Jade", "Smith", "2015-03-02", "BD7 1DP", null, Map.of())),
                        candidate("jane", child("Jane", "Smith", "2015-03-02", "BD1 1AA", null, Map.of())),
                        candidate("namesake", child("Jane", "Smith", "2015-03-02", "LS6 3CC", null, Map.of()))));
        assertThat(match.verdict()).isEqualTo(LINK);
        assertThat(match.personId()).isEqualTo("jane");
        assertThat(match.score().total()).isEqualTo(23.5);
    }

    @Test
    void queues_a_pair_between_the_thresholds_and_registers_below_them() {
        MatchRecord incoming = child("Jane", "Smiht", "2015-03-02", null, null, Map.of());
        assertThat(matcher.match(
                                incoming,
                                List.of(candidate("p", child("Jane", "Smith", "2015-03-02", null, null, Map.of()))))
                        .verdict())
                .isEqualTo(REVIEW);
        assertThat(matcher.match(
                                incoming,
                                List.of(candidate("p", child("Tom", "Jones", "2015-03-02", null, null, Map.of()))))
                        .verdict())
                .isEqualTo(NEW_PERSON);
        assertThat(matcher.match(incoming, List.of())).isEqualTo(PersonMatcher.Match.NONE);
    }

    @Test
    void twins_at_one_address_are_not_linked() {
        MatchRecord amy = child("Amy", "Khan", "2016-05-05", "BD1 1AA", "100023336956", Map.of());
        MatchRecord ava = child("Ava", "Khan", "2016-05-05", "BD1 1AA", "100023336956", Map.of());
        assertThat(matcher.match(amy, List.of(candidate("ava", ava))).verdict()).isNotEqualTo(LINK);
    }

    @Test
    void a_candidate_holding_another_value_of_a_strong_identifier_is_passed_over_for_one_that_does_not() {
        MatchRecord incoming =
                child("Jane", "Smith", "2015-03-02", "BD1 1AA", null, Map.of("nhs-number", "9434765870"));
        PersonMatcher.Match match = matcher.match(
                incoming,
                List.of(
                        candidate(
                                "other-nhs",
                                child(
                                        "Jane",
                                        "Smith",
                                        "2015-03-02",
                                        "BD1 1AA",
                                        null,
                                        Map.of("nhs-number", "4010232137"))),
                        candidate(
                                "no-nhs",
                                child(
                                        "Jane",
                                        "Smyth",
                                        "2015-03-02",
                                        "BD1 1AA",
                                        null,
                                        Map.of("upn", "B380200126001")))));
        assertThat(match.personId()).isEqualTo("no-nhs");
    }

    @Test
    void two_local_ids_of_one_agency_prove_nothing_either_way() {
        MatchRecord incoming = child(
                "Jane", "Smith", "2015-03-02", "BD1 1AA", null, Map.of("local:bradford-teaching-hospitals", "RAE1"));
        MatchRecord held = child(
                "Jane", "Smith", "2015-03-02", "BD1 1AA", null, Map.of("local:bradford-teaching-hospitals", "RAE2"));
        assertThat(matcher.match(incoming, List.of(candidate("p", held))).verdict())
                .isEqualTo(LINK);
    }

    /** Property: whatever the details, a candidate with a conflicting strong identifier is never linked or queued. */
    @RepeatedTest(5)
    void a_strong_identifier_conflict_never_links_whatever_the_details() {
        Random random = new Random();
        List<String> given = List.of("Jane", "Jayne", "Kate", "Katherine", "Amy", "Ava");
        List<String> family = List.of("Smith", "Smyth", "Khan", "Jones");
        List<String> dates = List.of("2015-03-02", "2015-02-03", "2015-03-12", "2016-05-05");
        List<String> postcodes = List.of("BD1 1AA", "BD1 2BB", "LS6 3CC");
        List<Map<String, String>> identifiers = List.of(
                Map.of(),
                Map.of("nhs-number", "9434765870"),
                Map.of("nhs-number", "4010232137"),
                Map.of("upn", "B380200126001"),
                Map.of("upn", "F383400125123", "nhs-number", "9434765870"));
        AtomicInteger conflicts = new AtomicInteger();
        for (int i = 0; i < 2000; i++) {
            MatchRecord a = child(
                    pick(random, given),
                    pick(random, family),
                    pick(random, dates),
                    pick(random, postcodes),
                    random.nextBoolean() ? "100023336956" : null,
                    pick(random, identifiers));
            MatchRecord b = child(
                    pick(random, given),
                    pick(random, family),
                    pick(random, dates),
                    pick(random, postcodes),
                    random.nextBoolean() ? "100023336956" : null,
                    pick(random, identifiers));
            boolean conflict = a.strongIdentifiers().entrySet().stream()
                    .anyMatch(e -> b.strongIdentifiers().containsKey(e.getKey())
                            && !b.strongIdentifiers().get(e.getKey()).equals(e.getValue()));
            PersonMatcher.Match match = matcher.match(a, List.of(candidate("b", b)));
            if (conflict) {
                conflicts.incrementAndGet();
                assertThat(match.verdict()).as(a + " / " + b).isEqualTo(NEW_PERSON);
                assertThat(match.personId()).isNull();
            }
            assertThat(matcher.match(b, List.of(candidate("a", a))).verdict())
                    .as("symmetric")
                    .isEqualTo(match.verdict());
        }
        assertThat(conflicts.get()).as("the property was exercised").isGreaterThan(100);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
