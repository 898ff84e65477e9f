package org.thinkfamily.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.thinkfamily.contracts.person.FindPeopleAtAddress;
import org.thinkfamily.contracts.person.FindPeopleByIdentifier;
import org.thinkfamily.contracts.person.IdentityConflictRecorded;
import org.thinkfamily.contracts.person.LinkReason;
import org.thinkfamily.contracts.person.MatchEvidence;
import org.thinkfamily.contracts.person.MatchReviewQueued;
import org.thinkfamily.contracts.person.MatchReviewRejected;
import org.thinkfamily.contracts.person.PersonDetails;
import org.thinkfamily.contracts.person.PersonIdentifierAdded;
import org.thinkfamily.contracts.person.PersonRecordsLinked;
import org.thinkfamily.contracts.person.PersonRecordsUnlinked;
import org.thinkfamily.contracts.person.PersonRegistered;
import org.thinkfamily.contracts.person.PersonSummary;
import org.thinkfamily.contracts.published.canonical.Address;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Sex;
import org.thinkfamily.contracts.published.identifier.NhsNumber;
import org.thinkfamily.contracts.published.identifier.Upn;
import org.thinkfamily.hub.identity.matching.MatchCandidates;
import org.thinkfamily.hub.identity.matching.MatchRecord;
import org.thinkfamily.hub.identity.matching.PersonMatcher;
import org.thinkfamily.hub.support.ProjectionSlice;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * The identity index on a real database (the embedded default's; {@link PostgresIdentityIndexTest} runs the same on
 * PostgreSQL): person events handed to its handlers, and the answers read from it: people by identifier and by
 * property, the candidates matching scores, the review pairs and the history of every decision.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityIndexTest {

    ProjectionSlice slice;
    PersonLinks links;
    MatchCandidates candidates;
    MatchHistory history;
    PersonLinking linking;

    ProjectionSlice open() {
        return ProjectionSlice.embedded();
    }

    @BeforeAll
    void database() {
        slice = open();
        links = new PersonLinks(slice.jdbc(), slice.named());
        candidates = new MatchCandidates(slice.jdbc(), links);
        history = new MatchHistory(slice.named());
        linking = new PersonLinking(
                slice.commands(), links, slice.jdbc(), new DataSourceTransactionManager(slice.dataSource()));
        slice.with(
                new IdentityIndex(slice.jdbc(), slice.rows()), new PersonDirectory(slice.jdbc(), slice.named(), links));
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    /** A surname of the test's own, so other tests' people are never candidates. */
    static String surname() {
        StringBuilder name = new StringBuilder("Q");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    String register(String given, String family, LocalDate birthDate, String uprn, Identifier... identifiers) {
        String personId = id();
        slice.handle(new PersonRegistered(
                personId,
                List.of(identifiers),
                new PersonDetails(
                        personId,
                        new PersonName(given, family),
                        birthDate,
                        Sex.FEMALE,
                        new Address(uprn, "BD7 1DP", null)),
                id()));
        return personId;
    }

    List<String> byIdentifier(Identifier identifier) {
        return slice
                .queries()
                .query(new FindPeopleByIdentifier(identifier), ResponseTypes.multipleInstancesOf(PersonSummary.class))
                .join()
                .stream()
                .map(PersonSummary::personId)
                .toList();
    }

    List<String> decisions(String... recordPersonIds) {
        return history.of(List.of(recordPersonIds)).stream()
                .map(MatchHistory.Decision::decision)
                .toList();
    }

    @Test
    void a_registered_person_is_found_by_each_identifier_and_by_their_property() {
        Identifier nhs = new Identifier(NhsNumber.SYSTEM, TestIdentifiers.nhsNumber());
        Identifier upn = new Identifier(Upn.SYSTEM, TestIdentifiers.upn());
        String uprn = TestIdentifiers.uprn();
        String person = register("Ella", surname(), LocalDate.of(2015, 1, 21), uprn, nhs);
        slice.handle(new PersonIdentifierAdded(person, upn, id()));

        assertThat(byIdentifier(nhs)).containsExactly(person);
        assertThat(byIdentifier(upn)).containsExactly(person);
        assertThat(slice.queries()
                        .query(new FindPeopleByIdentifier(nhs), ResponseTypes.multipleInstancesOf(PersonSummary.class))
                        .join()
                        .get(0)
                        .identifiers())
                .containsExactlyInAnyOrder(nhs, upn);
        assertThat(slice.queries()
                        .query(new FindPeopleAtAddress(uprn), ResponseTypes.multipleInstancesOf(String.class))
                        .join())
                .containsExactly(person);
        assertThat(decisions(person)).containsExactly("REGISTERED", "IDENTIFIER_ADDED:upn");
    }

    @Test
    void a_linked_record_is_answered_as_the_person_it_was_linked_into_until_it_is_unlinked() {
        Identifier nhs = new Identifier(NhsNumber.SYSTEM, TestIdentifiers.nhsNumber());
        Identifier upn = new Identifier(Upn.SYSTEM, TestIdentifiers.upn());
        String family = surname();
        String hospitals = register("Ella", family, LocalDate.of(2015, 1, 21), null, nhs);
        String schools = register("Grace", family, LocalDate.of(2015, 1, 21), null, upn);

        slice.handle(new PersonRecordsLinked(
                schools, hospitals, List.of(schools), LinkReason.MANAGER_DECISION, null, null, null, null));
        assertThat(byIdentifier(upn)).containsExactly(hospitals);
        assertThat(links.recordsOf(hospitals)).containsExactlyInAnyOrder(hospitals, schools);
        assertThat(links.rootOf(schools)).isEqualTo(hospitals);

        slice.handle(new PersonRecordsUnlinked(schools, hospitals, List.of(schools)));
        assertThat(byIdentifier(upn)).containsExactly(schools);
        assertThat(byIdentifier(nhs)).containsExactly(hospitals);
        assertThat(links.recordsOf(hospitals)).containsExactly(hospitals);
        assertThat(decisions(schools)).containsExactly("REGISTERED", "LINKED:MANAGER_DECISION", "UNLINKED");
    }

    @Test
    void
            the_candidates_for_a_record_are_the_people_born_that_day_or_of_that_name_sound_that_year_each_as_they_are_now() {
        Identifier nhs = new Identifier(NhsNumber.SYSTEM, TestIdentifiers.nhsNumber());
        Identifier upn = new Identifier(Upn.SYSTEM, TestIdentifiers.upn());
        String family = surname();
        LocalDate born = LocalDate.of(2013, 4, 7);
        String hospitals = register("Ruby", family, born, null, nhs);
        String schools = register("Ruby", family, born.plusMonths(5), null, upn);
        String unrelated = register("Ruby", surname(), LocalDate.of(2001, 1, 1), null);
        slice.handle(new PersonRecordsLinked(
                schools, hospitals, List.of(schools), LinkReason.MANAGER_DECISION, null, null, null, null));

        var found = candidates.of(new MatchRecord("Ruby", family, born, Sex.FEMALE, null, null, null));
        assertThat(found)
                .extracting(PersonMatcher.Candidate::personId)
                .containsOnly(hospitals)
                .doesNotContain(unrelated);
        assertThat(found)
                .allSatisfy(c -> assertThat(c.record().strongIdentifiers())
                        .containsEntry(NhsNumber.SYSTEM, nhs.value())
                        .containsEntry(Upn.SYSTEM, upn.value()));
        assertThat(candidates.of(
                        new MatchRecord("Ruby", family, LocalDate.of(2013, 7, 4), Sex.FEMALE, null, null, null)))
                .as("day and month swapped")
                .extracting(PersonMatcher.Candidate::personId)
                .contains(hospitals);
        assertThat(candidates.of(new MatchRecord("Ruby", family, null, null, null, null, null)))
                .as("no birth date")
                .isEmpty();
    }

    @Test
    void a_queued_pair_is_open_until_a_manager_confirms_it_by_a_link_or_rejects_it() {
        String family = surname();
        String a = register("Amy", family, LocalDate.of(2016, 5, 5), null);
        String b = register("Ava", family, LocalDate.of(2016, 5, 5), null);
        String c = register("Ada", family, LocalDate.of(2016, 5, 5), null);
        List<MatchEvidence> evidence =
                List.of(new MatchEvidence("givenName", "DISAGREE", -4.0), new MatchEvidence("birthDate", "AGREE", 8.0));
        slice.handle(new MatchReviewQueued(b, a, 12.5, evidence, id()));
        slice.handle(new MatchReviewQueued(c, a, 11.0, evidence, id()));
        String confirmed = MatchCandidates.pairId(a, b);
        String rejected = MatchCandidates.pairId(c, a);

        assertThat(linking.openPairs())
                .filteredOn(p -> p.personId().equals(b) || p.personId().equals(c))
                .extracting(PersonLinking.Pair::pairId)
                .containsExactly(confirmed, rejected);
        assertThat(linking.pair(confirmed)).hasValueSatisfying(pair -> {
            assertThat(pair.candidatePersonId()).isEqualTo(a);
            assertThat(pair.score()).isEqualTo(12.5);
            assertThat(pair.evidence()).isEqualTo(evidence);
        });

        slice.handle(new PersonRecordsLinked(
                b, a, List.of(b), LinkReason.REVIEW_CONFIRMED, 12.5, evidence, confirmed, id()));
        slice.handle(new MatchReviewRejected(c, a, rejected));
        assertThat(linking.openPairs()).extracting(PersonLinking.Pair::pairId).doesNotContain(confirmed, rejected);
        assertThat(String.valueOf(linking.pair(confirmed).orElseThrow().status()))
                .isEqualTo("CONFIRMED");
        assertThat(String.valueOf(linking.pair(rejected).orElseThrow().status()))
                .isEqualTo("REJECTED");
        assertThat(decisions(b)).containsExactly("REGISTERED", "REVIEW_QUEUED", "LINKED:REVIEW_CONFIRMED");
        assertThat(decisions(c)).containsExactly("REGISTERED", "REVIEW_QUEUED", "REVIEW_REJECTED");
    }

    @Test
    void a_conflict_is_kept_in_the_persons_history_naming_the_other_person() {
        Identifier nhs = new Identifier(NhsNumber.SYSTEM, TestIdentifiers.nhsNumber());
        String a = register("Ella", surname(), LocalDate.of(2015, 1, 21), null, nhs);
        String b = register("Ella", surname(), LocalDate.of(2015, 1, 22), null);
        slice.handle(new IdentityConflictRecorded(b, nhs, a, id()));

        assertThat(history.of(List.of(b))).last().satisfies(d -> {
            assertThat(d.decision()).isEqualTo("CONFLICT:nhs-number");
            assertThat(d.otherPersonId()).isEqualTo(a);
        });
        assertThat(byIdentifier(nhs))
                .as("the conflict gives no one the identifier")
                .containsExactly(a);
    }
}
