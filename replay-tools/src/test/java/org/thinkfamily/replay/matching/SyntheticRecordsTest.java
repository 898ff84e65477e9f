package org.thinkfamily.replay.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thinkfamily.hub.identity.matching.GivenNameForms;
import org.thinkfamily.hub.identity.matching.MatchRecord;
import org.thinkfamily.hub.identity.matching.MatchScorer;

class SyntheticRecordsTest {

    static SyntheticPopulation population;
    static List<AgencyRecord> records;

    @BeforeAll
    static void generate() {
        population = SyntheticPopulation.generate(20_000, 3);
        records = SyntheticRecords.generate(population, 10_000, 3);
    }

    @Test
    void the_same_seed_gives_the_same_records() {
        assertThat(SyntheticRecords.generate(population, 10_000, 3)).isEqualTo(records);
        assertThat(SyntheticRecords.generate(population, 10_000, 4)).isNotEqualTo(records);
    }

    @Test
    void each_record_knows_whom_it_is_about_and_about_one_in_seven_is_about_someone_not_indexed() {
        long notIndexed = records.stream().filter(r -> !r.indexed()).count();
        assertThat(notIndexed / 10_000.0).isBetween(0.13, 0.17);
        for (AgencyRecord record : records) {
            Person person = population.person(record.personId());
            if (record.indexed()) {
                assertThat(person).isNotNull();
                assertThat(record.household()).isEqualTo(person.household());
            } else {
                assertThat(person).isNull();
            }
        }
    }

    @Test
    void a_record_with_no_distortion_agrees_with_the_index_on_every_field() {
        records.stream().filter(r -> r.indexed() && r.distortions().isEmpty()).forEach(record -> {
            MatchRecord indexed = population.person(record.personId()).asIndexed();
            MatchRecord sent = record.record();
            assertThat(List.of(sent.given(), sent.family(), sent.birthDate(), sent.sex(), sent.postcode(), sent.uprn()))
                    .isEqualTo(List.of(
                            indexed.given(),
                            indexed.family(),
                            indexed.birthDate(),
                            indexed.sex(),
                            indexed.postcode(),
                            indexed.uprn()));
            assertThat(sent.strongIdentifiers()).isEmpty();
        });
        assertThat(records.stream()
                        .filter(r -> r.indexed() && r.distortions().isEmpty())
                        .count())
                .isGreaterThan(2_000);
    }

    @Test
    void no_record_carries_an_identifier_value_the_index_holds_so_every_one_is_matched_on_details() {
        Set<String> held = new HashSet<>();
        population.people().forEach(p -> p.known().forEach((system, value) -> held.add(system + "|" + value)));
        for (AgencyRecord record : records) {
            record.record()
                    .strongIdentifiers()
                    .forEach((system, value) -> assertThat(held).doesNotContain(system + "|" + value));
            if (record.distortions().contains(Distortion.CONFLICTING_IDENTIFIER)) {
                Person person = population.person(record.personId());
                assertThat(record.record().strongIdentifiers().get("nhs-number"))
                        .isNotEqualTo(person.known().get("nhs-number"));
            }
        }
    }

    @Test
    void a_new_twin_shares_birth_date_surname_and_address_with_an_indexed_child_and_not_the_given_name() {
        List<AgencyRecord> twins = records.stream()
                .filter(r -> r.origin() == AgencyRecord.Origin.NEW_TWIN_SAME_SEX
                        || r.origin() == AgencyRecord.Origin.NEW_TWIN_OTHER_SEX)
                .toList();
        assertThat(twins).hasSizeGreaterThan(50);
        for (AgencyRecord twin : twins) {
            MatchRecord sent = twin.record();
            assertThat(population.household(twin.household()).stream()
                            .map(Person::asIndexed)
                            .filter(p -> p.birthDate().equals(sent.birthDate())
                                    && p.family().equals(sent.family())))
                    .isNotEmpty()
                    .allMatch(p -> !p.given().equals(sent.given()))
                    .allMatch(p -> sent.postcode() == null || sent.postcode().equals(p.postcode()));
        }
    }

    @Test
    void the_forms_of_a_given_name_the_scorer_lists_are_nicknames_to_it_and_the_others_are_not() {
        MatchScorer scorer = new MatchScorer();
        for (String name : List.of("katherine", "catherine", "william", "muhammad", "mohammed", "alexandra")) {
            GivenNameForms.otherFormsOf(name)
                    .forEach(form -> assertThat(givenNameWeight(scorer, name, form))
                            .as(name + "/" + form)
                            .isEqualTo(4.0));
        }
        Names.UNLISTED_FORMS.forEach(
                (name, forms) -> forms.forEach(form -> assertThat(givenNameWeight(scorer, name, form))
                        .as(name + "/" + form)
                        .isNotEqualTo(4.0)));
    }

    private static double givenNameWeight(MatchScorer scorer, String a, String b) {
        return scorer
                .score(
                        new MatchRecord(a, null, null, null, null, null, Map.of()),
                        new MatchRecord(b, null, null, null, null, null, Map.of()))
                .evidence()
                .stream()
                .filter(e -> e.field().equals("givenName"))
                .findFirst()
                .orElseThrow()
                .weight();
    }
}
