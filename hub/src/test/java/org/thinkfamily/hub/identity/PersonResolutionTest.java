package org.thinkfamily.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.thinkfamily.contracts.person.AddPersonIdentifier;
import org.thinkfamily.contracts.person.IdentityConflictRecorded;
import org.thinkfamily.contracts.person.LinkPersonRecords;
import org.thinkfamily.contracts.person.LinkReason;
import org.thinkfamily.contracts.person.MatchReviewQueued;
import org.thinkfamily.contracts.person.PersonIdentifierAdded;
import org.thinkfamily.contracts.person.PersonRecordsLinked;
import org.thinkfamily.contracts.person.PersonRegistered;
import org.thinkfamily.contracts.person.QueueMatchReview;
import org.thinkfamily.contracts.person.RecordIdentityConflict;
import org.thinkfamily.contracts.person.RegisterPerson;
import org.thinkfamily.contracts.published.canonical.Address;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Sex;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.contracts.published.identifier.NhsNumber;
import org.thinkfamily.contracts.published.identifier.Upn;
import org.thinkfamily.hub.identity.matching.MatchCandidates;
import org.thinkfamily.hub.identity.matching.MatchDecision;
import org.thinkfamily.hub.support.ProjectionSlice;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * Identity resolution against the identity index on a real database ({@link PostgresPersonResolutionTest} runs the
 * same on PostgreSQL). The commands it sends are recorded, and the events the person aggregate applies for them are
 * handed to the index, so each record is resolved against every record resolved before it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonResolutionTest {

    ProjectionSlice slice;
    PersonResolution resolution;
    PersonLinking linking;

    ProjectionSlice open() {
        return ProjectionSlice.embedded();
    }

    @BeforeAll
    void database() {
        slice = open();
        PersonLinks links = new PersonLinks(slice.jdbc(), slice.named());
        slice.with(
                        new IdentityIndex(slice.jdbc(), slice.rows()),
                        new PersonDirectory(slice.jdbc(), slice.named(), links))
                .applying(
                        RegisterPerson.class,
                        c -> new PersonRegistered(c.personId(), c.identifiers(), c.details(), c.sourceEventId()))
                .applying(
                        AddPersonIdentifier.class,
                        c -> new PersonIdentifierAdded(c.personId(), c.identifier(), c.sourceEventId()))
                .applying(
                        LinkPersonRecords.class,
                        c -> new PersonRecordsLinked(
                                c.personId(),
                                c.intoPersonId(),
                                c.recordPersonIds(),
                                c.reason(),
                                c.score(),
                                c.evidence(),
                                c.reviewPairId(),
                                c.sourceEventId()))
                .applying(
                        QueueMatchReview.class,
                        c -> new MatchReviewQueued(
                                c.personId(), c.candidatePersonId(), c.score(), c.evidence(), c.sourceEventId()))
                .applying(
                        RecordIdentityConflict.class,
                        c -> new IdentityConflictRecorded(
                                c.personId(), c.identifier(), c.otherPersonId(), c.sourceEventId()));
        resolution = new PersonResolution(
                slice.jdbc(),
                slice.commands(),
                new MatchCandidates(slice.jdbc(), links),
                MatchDecision.defaults(),
                links);
        linking = new PersonLinking(
                slice.commands(), links, slice.jdbc(), new DataSourceTransactionManager(slice.dataSource()));
    }

    static String surname() {
        return IdentityIndexTest.surname();
    }

    static Subject child(String given, String family, String birthDate, String uprn, Identifier... identifiers) {
        return new Subject(
                SubjectRole.CHILD,
                List.of(identifiers),
                given == null ? null : new PersonName(given, family),
                birthDate == null ? null : LocalDate.parse(birthDate),
                Sex.FEMALE,
                new Address(uprn, "BD7 1DP", null));
    }

    ResolvedPerson resolve(Subject subject) {
        return slice.inTransaction(
                () -> resolution.resolve(subject, UUID.randomUUID().toString(), MetaData.emptyInstance()));
    }

    static Identifier nhs() {
        return new Identifier(NhsNumber.SYSTEM, TestIdentifiers.nhsNumber());
    }

    static Identifier upn() {
        return new Identifier(Upn.SYSTEM, TestIdentifiers.upn());
    }

    @Test
    void a_record_carrying_a_known_identifier_is_that_person_and_brings_them_its_new_identifiers() {
        Identifier nhs = nhs();
        Identifier upn = upn();
        ResolvedPerson first = resolve(child("Ella", surname(), "2015-01-21", null, nhs));
        assertThat(first.personId()).isEqualTo(first.recordPersonId());

        ResolvedPerson again = resolve(child(null, null, null, null, upn, nhs));
        assertThat(again).isEqualTo(first);
        assertThat(slice.sent(AddPersonIdentifier.class)).anySatisfy(add -> {
            assertThat(add.personId()).isEqualTo(first.personId());
            assertThat(add.identifier()).isEqualTo(upn);
        });
        assertThat(resolve(child(null, null, null, null, upn)))
                .as("now known by the UPN too")
                .isEqualTo(first);
    }

    @Test
    void identifiers_that_point_at_two_people_are_never_merged_and_the_nhs_number_decides() {
        Identifier nhsA = nhs();
        Identifier upnB = upn();
        ResolvedPerson a = resolve(child(null, null, null, null, nhsA));
        ResolvedPerson b = resolve(child(null, null, null, null, upnB, nhs()));

        ResolvedPerson both = resolve(child(null, null, null, null, upnB, nhsA));
        assertThat(both.personId()).isEqualTo(a.personId());
        assertThat(slice.sent(RecordIdentityConflict.class)).anySatisfy(conflict -> {
            assertThat(conflict.personId()).isEqualTo(a.personId());
            assertThat(conflict.identifier()).isEqualTo(upnB);
            assertThat(conflict.otherPersonId()).isEqualTo(b.personId());
        });
        assertThat(resolve(child(null, null, null, null, upnB)).personId()).isEqualTo(b.personId());
    }

    @Test
    void records_on_the_same_details_are_linked_into_one_person_each_staying_a_record_of_its_own() {
        String family = surname();
        Identifier upn = upn();
        Identifier nhs = nhs();
        ResolvedPerson police = resolve(child("Katherine", family, "2014-06-09", null));
        ResolvedPerson school = resolve(child("Katherine", family, "2014-06-09", null, upn));
        ResolvedPerson hospital = resolve(child("Kate", family, "2014-06-09", null, nhs));

        assertThat(school.personId()).isEqualTo(police.personId());
        assertThat(hospital.personId()).isEqualTo(police.personId());
        assertThat(List.of(police.recordPersonId(), school.recordPersonId(), hospital.recordPersonId()))
                .doesNotHaveDuplicates();
        assertThat(slice.sent(LinkPersonRecords.class))
                .filteredOn(l -> l.intoPersonId().equals(police.personId()))
                .hasSize(2)
                .allSatisfy(link -> {
                    assertThat(link.reason()).isEqualTo(LinkReason.MATCHED_ON_DETAILS);
                    assertThat(link.score()).isGreaterThanOrEqualTo(18);
                });
        assertThat(resolve(child(null, null, null, null, upn)).personId())
                .as("the school's UPN is the person's now")
                .isEqualTo(police.personId());
    }

    @Test
    void twins_of_one_birth_date_and_home_stay_two_people_and_the_pair_is_queued_for_a_manager() {
        String family = surname();
        String uprn = TestIdentifiers.uprn();
        ResolvedPerson amy = resolve(child("Amy", family, "2016-05-05", uprn));
        ResolvedPerson ava = resolve(child("Ava", family, "2016-05-05", uprn));

        assertThat(ava.personId()).isNotEqualTo(amy.personId());
        assertThat(linking.pair(MatchCandidates.pairId(ava.personId(), amy.personId())))
                .hasValueSatisfying(pair -> {
                    assertThat(pair.score()).isBetween(10.0, 18.0);
                    assertThat(MatchCandidates.describe(pair.evidence()))
                            .contains("givenName DISAGREE")
                            .doesNotContain("Amy");
                });
    }

    @Test
    void a_person_holding_another_nhs_number_is_never_linked_on_details() {
        String family = surname();
        ResolvedPerson first = resolve(child("Katherine", family, "2014-06-09", null, nhs()));
        ResolvedPerson second = resolve(child("Katherine", family, "2014-06-09", null, nhs()));
        assertThat(second.personId()).isNotEqualTo(first.personId());
        assertThat(slice.sent(LinkPersonRecords.class))
                .noneSatisfy(l -> assertThat(l.intoPersonId()).isEqualTo(first.personId()));
    }
}
