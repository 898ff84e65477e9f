package org.thinkfamily.replay.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.published.identifier.IdentifierSystems;

class SyntheticPopulationTest {

    static SyntheticPopulation population;

    @BeforeAll
    static void generate() {
        population = SyntheticPopulation.generate(20_000, 7);
    }

    @Test
    void the_same_seed_gives_the_same_people_and_another_seed_others() {
        assertThat(SyntheticPopulation.generate(20_000, 7).people()).isEqualTo(population.people());
        assertThat(SyntheticPopulation.generate(20_000, 8).people()).isNotEqualTo(population.people());
    }

    @Test
    void people_live_in_households_of_one_or_two_adults_and_up_to_four_children_and_twins() {
        assertThat(population.size()).isEqualTo(20_000);
        int twins = 0;
        for (int h = 0; h < population.households(); h++) {
            List<Person> members = population.household(h);
            long adults = members.stream()
                    .filter(p -> p.birthDate().isBefore(SyntheticPopulation.CHILDREN_FROM))
                    .count();
            assertThat(adults).isBetween(1L, 2L);
            assertThat(members)
                    .allMatch(p -> p.postcode().equals(members.get(0).postcode())
                            && p.uprn().equals(members.get(0).uprn()));
            assertThat(members.stream().map(Person::given).distinct().count())
                    .as("siblings are named apart")
                    .isEqualTo(members.size());
            Map<LocalDate, Long> births = members.stream()
                    .filter(p -> !p.birthDate().isBefore(SyntheticPopulation.CHILDREN_FROM))
                    .collect(Collectors.groupingBy(Person::birthDate, Collectors.counting()));
            twins += (int) births.values().stream().filter(n -> n > 1).count();
        }
        assertThat(population.households()).isBetween(6_000, 9_000);
        assertThat(twins)
                .as("about 1.5%% of births, some 120 twin births in 8,000 children")
                .isBetween(70, 190);
        assertThat(population.people()).allMatch(p -> p.postcode().matches("[A-Z]{2}\\d{1,2} \\d[A-Z]{2}"));
    }

    @Test
    void surnames_follow_the_frequencies_smith_about_one_in_a_hundred() {
        Map<String, Long> bySurname =
                population.people().stream().collect(Collectors.groupingBy(Person::family, Collectors.counting()));
        assertThat(bySurname.get("Smith") / 20_000.0).isBetween(0.006, 0.016);
        assertThat(bySurname.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey())
                .isIn("Smith", "Jones");
        assertThat(bySurname).hasSizeGreaterThan(3_000); // a long tail, not a hundred names
    }

    @Test
    void identifiers_are_valid_never_shared_and_the_index_holds_only_some() {
        Set<String> seen = new HashSet<>();
        for (Person person : population.people()) {
            person.identifiers().forEach((system, value) -> {
                assertThat(IdentifierSystems.check(system, value).isValid())
                        .as(system)
                        .isTrue();
                assertThat(seen.add(system + value)).as("unique " + system).isTrue();
            });
            assertThat(person.identifiers().entrySet())
                    .containsAll(person.known().entrySet());
            boolean schoolChild = SyntheticPopulation.schoolAge(person.birthDate());
            assertThat(person.identifiers().containsKey("upn")).isEqualTo(schoolChild);
        }
        long nhs = population.people().stream()
                .filter(p -> p.identifiers().containsKey("nhs-number"))
                .count();
        long known = population.people().stream()
                .filter(p -> p.known().containsKey("nhs-number"))
                .count();
        assertThat(nhs / 20_000.0).isBetween(0.93, 0.97);
        assertThat(known / (double) nhs).isBetween(0.72, 0.78);
    }

    @Test
    void a_population_beside_another_shares_no_id_identifier_or_address_with_it() {
        SyntheticPopulation first = SyntheticPopulation.households(300, 1);
        SyntheticPopulation beside = first.besideThese(400, 2);

        assertThat(beside.households()).isEqualTo(400);
        assertThat(keys(beside)).doesNotContainAnyElementsOf(keys(first));
        // another seed alone draws other names and dates for the same numbers: the same identifiers and addresses
        assertThat(keys(SyntheticPopulation.households(400, 2))).containsAnyElementsOf(keys(first));
        Person someone = beside.people().get(17);
        assertThat(beside.person(someone.personId())).isSameAs(someone);
        assertThat(first.person(someone.personId())).isNull();
    }

    private static Set<String> keys(SyntheticPopulation population) {
        Set<String> keys = new HashSet<>();
        for (Person person : population.people()) {
            keys.add("id " + person.personId());
            keys.add("uprn " + person.uprn());
            person.identifiers().forEach((system, value) -> keys.add(system + " " + value));
        }
        return keys;
    }

    @Test
    void a_person_is_found_by_id() {
        Person someone = population.people().get(12_345);
        assertThat(population.person(someone.personId())).isSameAs(someone);
        assertThat(population.person("N1")).isNull();
        Function<String, String> lower = s -> s.toLowerCase(Locale.ROOT);
        assertThat(lower.apply(someone.asIndexed().family()))
                .isEqualTo(lower.apply(someone.family()).replaceAll("[^a-z ]", ""));
    }
}
