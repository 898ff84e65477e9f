package org.thinkfamily.hub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinkfamily.hub.identity.matching.MatchDecision.Verdict.LINK;
import static org.thinkfamily.hub.identity.matching.MatchDecision.Verdict.NEW_PERSON;
import static org.thinkfamily.hub.identity.matching.MatchDecision.Verdict.REVIEW;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.published.canonical.Sex;

class MatchScorerTest {

    private final MatchScorer scorer = new MatchScorer();
    private final MatchDecision thresholds = new MatchDecision(18, 10);

    private static MatchRecord person(
            String given, String family, String birth, String postcode, Map<String, String> ids) {
        return new MatchRecord(
                given, family, birth == null ? null : LocalDate.parse(birth), Sex.FEMALE, postcode, null, ids);
    }

    private MatchDecision.Verdict verdict(MatchRecord a, MatchRecord b) {
        return thresholds.decide(scorer.score(a, b));
    }

    @Test
    void the_same_name_and_birth_date_link() {
        assertThat(verdict(
                        person("Jane", "Smith", "2015-03-02", null, Map.of()),
                        person("JANE", "smith", "2015-03-02", "BD1 1AA", Map.of())))
                .isEqualTo(LINK);
    }

    @Test
    void twins_with_one_birth_date_and_surname_are_never_linked() {
        MatchRecord amy = person("Amy", "Khan", "2016-05-05", "BD1 1AA", Map.of());
        MatchRecord ava = person("Ava", "Khan", "2016-05-05", "BD1 1AA", Map.of());
        assertThat(verdict(amy, ava)).isNotEqualTo(LINK);
    }

    @Test
    void a_nickname_a_swapped_day_and_month_and_names_in_the_other_order_are_partial_agreements() {
        assertThat(verdict(
                        person("Katherine", "Lane", "2016-04-04", null, Map.of()),
                        person("Kate", "Lane", "2016-04-04", null, Map.of())))
                .isEqualTo(LINK);
        MatchScorer.Score transposed = scorer.score(
                person("Jane", "Smith", "2015-03-02", "BD1 1AA", Map.of()),
                person("Jane", "Smith", "2015-02-03", "BD1 1AA", Map.of()));
        assertThat(transposed.evidence())
                .contains(new MatchScorer.Evidence("birthDate", MatchScorer.Outcome.PARTIAL, 5.0));
        assertThat(thresholds.decide(transposed)).isEqualTo(LINK);
        MatchScorer.Score swapped = scorer.score(
                person("Khan", "Amir", "2010-01-01", null, Map.of()),
                person("Amir", "Khan", "2010-01-01", null, Map.of()));
        assertThat(swapped.evidence())
                .extracting(MatchScorer.Evidence::outcome)
                .startsWith(MatchScorer.Outcome.PARTIAL, MatchScorer.Outcome.PARTIAL);
    }

    @Test
    void a_typo_in_the_surname_alone_goes_to_review_and_with_the_same_address_links() {
        assertThat(verdict(
                        person("Jane", "Smith", "2015-03-02", null, Map.of()),
                        person("Jane", "Smiht", "2015-03-02", null, Map.of())))
                .isEqualTo(REVIEW);
        assertThat(verdict(
                        person("Jane", "Smith", "2015-03-02", "BD1 1AA", Map.of()),
                        person("Jane", "Smiht", "2015-03-02", "BD1 1AA", Map.of())))
                .isEqualTo(LINK);
    }

    @Test
    void different_people_are_new_people() {
        assertThat(verdict(
                        person("Jane", "Smith", "2015-03-02", null, Map.of()),
                        person("Tom", "Jones", "2011-07-19", null, Map.of())))
                .isEqualTo(NEW_PERSON);
    }

    @Test
    void two_different_values_of_one_strong_identifier_never_link_whatever_the_score() {
        MatchRecord a = person("Jane", "Smith", "2015-03-02", "BD1 1AA", Map.of("nhs-number", "9434765870"));
        MatchRecord b = person(
                "Jane", "Smith", "2015-03-02", "BD1 1AA", Map.of("nhs-number", "4010232137", "upn", "B380200126001"));
        assertThat(scorer.score(a, b).total()).isGreaterThan(18);
        assertThat(verdict(a, b)).isEqualTo(NEW_PERSON);
        assertThat(verdict(a, person("Jane", "Smith", "2015-03-02", null, Map.of("upn", "B380200126001"))))
                .isEqualTo(LINK);
    }

    @Test
    void scoring_is_symmetric() {
        Random random = new Random(7);
        List<String> given = List.of("Jane", "Jayne", "Kate", "Katherine", "Amy", "Ava", "Tom", "Thomas", "Smith");
        List<String> family = List.of("Smith", "Smyth", "Khan", "Jones", "Jane", "O'Brien", "Obrien");
        List<String> dates = List.of("2015-03-02", "2015-02-03", "2015-03-12", "2016-05-05", "2010-01-01");
        List<String> postcodes = List.of("BD1 1AA", "BD1 2BB", "LS6 3CC");
        for (int i = 0; i < 2000; i++) {
            MatchRecord a = person(
                    pick(random, given),
                    pick(random, family),
                    pick(random, dates),
                    pick(random, postcodes),
                    random.nextBoolean()
                            ? Map.of()
                            : Map.of("upn", random.nextBoolean() ? "B380200126001" : "F383400125123"));
            MatchRecord b = person(
                    pick(random, given),
                    pick(random, family),
                    pick(random, dates),
                    pick(random, postcodes),
                    random.nextBoolean()
                            ? Map.of()
                            : Map.of("upn", random.nextBoolean() ? "B380200126001" : "F383400125123"));
            MatchScorer.Score ab = scorer.score(a, b);
            MatchScorer.Score ba = scorer.score(b, a);
            assertThat(ab.total()).as(a + " / " + b).isEqualTo(ba.total());
            assertThat(ab.strongIdentifierConflict()).isEqualTo(ba.strongIdentifierConflict());
        }
    }

    @Test
    void evidence_names_fields_and_outcomes_never_values() {
        String evidence = scorer.score(
                        person("Jane", "Smith", "2015-03-02", "BD1 1AA", Map.of()),
                        person("Jane", "Smyth", "2015-03-02", "BD1 2BB", Map.of()))
                .evidence()
                .toString();
        assertThat(evidence)
                .doesNotContain("Jane")
                .doesNotContain("jane")
                .doesNotContain("smith")
                .doesNotContain("2015")
                .doesNotContain("BD1");
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
