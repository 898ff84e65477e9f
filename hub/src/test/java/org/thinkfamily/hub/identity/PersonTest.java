package org.thinkfamily.hub.identity;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.person.AddPersonIdentifier;
import org.thinkfamily.contracts.person.IdentityConflictRecorded;
import org.thinkfamily.contracts.person.LinkPersonRecords;
import org.thinkfamily.contracts.person.LinkReason;
import org.thinkfamily.contracts.person.MatchEvidence;
import org.thinkfamily.contracts.person.MatchReviewQueued;
import org.thinkfamily.contracts.person.MatchReviewRejected;
import org.thinkfamily.contracts.person.PersonDetails;
import org.thinkfamily.contracts.person.PersonIdentifierAdded;
import org.thinkfamily.contracts.person.PersonRecordsLinked;
import org.thinkfamily.contracts.person.PersonRecordsUnlinked;
import org.thinkfamily.contracts.person.PersonRegistered;
import org.thinkfamily.contracts.person.QueueMatchReview;
import org.thinkfamily.contracts.person.RecordIdentityConflict;
import org.thinkfamily.contracts.person.RegisterPerson;
import org.thinkfamily.contracts.person.RejectMatchReview;
import org.thinkfamily.contracts.person.UnlinkPersonRecords;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.hub.identity.matching.MatchCandidates;
import org.thinkfamily.hub.problem.Refused;

class PersonTest {

    private static final Identifier NHS = new Identifier("nhs-number", "9434765870");
    private static final Identifier OTHER_NHS = new Identifier("nhs-number", "4010232137");
    private static final Identifier UPN = new Identifier("upn", "B380200126001");
    private static final PersonDetails DETAILS =
            new PersonDetails("p1", new PersonName("Jane", "Smith"), LocalDate.of(2015, 3, 2), null, null);

    private AggregateTestFixture<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
    }

    @Test
    void registers_a_person_with_their_identifiers() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson("p1", List.of(NHS), DETAILS, "e1"))
                .expectEvents(new PersonRegistered("p1", List.of(NHS), DETAILS, "e1"));
    }

    @Test
    void refuses_to_register_two_values_of_one_system() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson("p1", List.of(NHS, OTHER_NHS), DETAILS, "e1"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void adds_an_identifier_newly_seen() {
        fixture.given(new PersonRegistered("p1", List.of(NHS), DETAILS, "e1"))
                .when(new AddPersonIdentifier("p1", UPN, "e2"))
                .expectEvents(new PersonIdentifierAdded("p1", UPN, "e2"));
    }

    @Test
    void an_identifier_already_held_changes_nothing() {
        fixture.given(new PersonRegistered("p1", List.of(NHS), DETAILS, "e1"))
                .when(new AddPersonIdentifier("p1", NHS, "e2"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void never_takes_a_second_value_of_a_system_silently() {
        fixture.given(new PersonRegistered("p1", List.of(NHS), DETAILS, "e1"))
                .when(new AddPersonIdentifier("p1", OTHER_NHS, "e2"))
                .expectException(IdentifierConflictException.class)
                .expectNoEvents();
    }

    @Test
    void records_a_conflict_with_another_person_for_review() {
        fixture.given(new PersonRegistered("p1", List.of(NHS), DETAILS, "e1"))
                .when(new RecordIdentityConflict("p1", UPN, "p2", "e2"))
                .expectEvents(new IdentityConflictRecorded("p1", UPN, "p2", "e2"));
    }

    @Test
    void queues_a_possible_match_for_review_but_never_with_itself() {
        var evidence = List.of(new MatchEvidence("givenName", "DISAGREE", -4.0));
        fixture.given(new PersonRegistered("p1", List.of(), DETAILS, "e1"))
                .when(new QueueMatchReview("p1", "p2", 14.0, evidence, "e1"))
                .expectEvents(new MatchReviewQueued("p1", "p2", 14.0, evidence, "e1"));
        fixture.given(new PersonRegistered("p1", List.of(), DETAILS, "e1"))
                .when(new QueueMatchReview("p1", "p1", 14.0, evidence, "e1"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void a_person_cannot_conflict_with_themselves() {
        fixture.given(new PersonRegistered("p1", List.of(NHS), DETAILS, "e1"))
                .when(new RecordIdentityConflict("p1", UPN, "p1", "e2"))
                .expectException(IllegalArgumentException.class);
    }

    private static final List<MatchEvidence> EVIDENCE = List.of(new MatchEvidence("birthDate", "AGREE", 8.0));

    @Test
    void links_a_person_and_the_records_linked_into_them_into_another_with_the_score_and_evidence() {
        fixture.given(new PersonRegistered("p2", List.of(UPN), DETAILS, "e1"))
                .when(new LinkPersonRecords(
                        "p2", "p1", List.of("p2", "p3"), LinkReason.MATCHED_ON_DETAILS, 21.0, EVIDENCE, null, "e2"))
                .expectEvents(new PersonRecordsLinked(
                        "p2", "p1", List.of("p2", "p3"), LinkReason.MATCHED_ON_DETAILS, 21.0, EVIDENCE, null, "e2"));
    }

    @Test
    void a_person_linked_already_is_unlinked_before_linking_elsewhere_and_never_into_themselves() {
        fixture.given(
                        new PersonRegistered("p2", List.of(UPN), DETAILS, "e1"),
                        new PersonRecordsLinked(
                                "p2", "p1", List.of("p2"), LinkReason.MANAGER_DECISION, null, null, null, null))
                .when(new LinkPersonRecords(
                        "p2", "p9", List.of("p2"), LinkReason.MANAGER_DECISION, null, null, null, null))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
        fixture.given(new PersonRegistered("p2", List.of(UPN), DETAILS, "e1"))
                .when(new LinkPersonRecords(
                        "p2", "p2", List.of("p2"), LinkReason.MANAGER_DECISION, null, null, null, null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void unlinks_a_linked_person_with_the_records_that_came_with_them() {
        fixture.given(
                        new PersonRegistered("p2", List.of(UPN), DETAILS, "e1"),
                        new PersonRecordsLinked(
                                "p2",
                                "p1",
                                List.of("p2", "p3"),
                                LinkReason.REVIEW_CONFIRMED,
                                14.0,
                                EVIDENCE,
                                "pair",
                                null))
                .when(new UnlinkPersonRecords("p2", "p1", List.of("p2", "p3")))
                .expectEvents(new PersonRecordsUnlinked("p2", "p1", List.of("p2", "p3")));
    }

    @Test
    void a_person_not_linked_cannot_be_unlinked_and_may_be_linked_again_after_an_unlink() {
        fixture.given(new PersonRegistered("p2", List.of(UPN), DETAILS, "e1"))
                .when(new UnlinkPersonRecords("p2", "p1", List.of("p2")))
                .expectException(IllegalStateException.class);
        fixture.given(
                        new PersonRegistered("p2", List.of(UPN), DETAILS, "e1"),
                        new PersonRecordsLinked(
                                "p2", "p1", List.of("p2"), LinkReason.MANAGER_DECISION, null, null, null, null),
                        new PersonRecordsUnlinked("p2", "p1", List.of("p2")))
                .when(new LinkPersonRecords(
                        "p2", "p5", List.of("p2"), LinkReason.MANAGER_DECISION, null, null, null, null))
                .expectEvents(new PersonRecordsLinked(
                        "p2", "p5", List.of("p2"), LinkReason.MANAGER_DECISION, null, null, null, null));
    }

    private static final String PAIR = MatchCandidates.pairId("p2", "p1");
    private static final MatchReviewQueued QUEUED = new MatchReviewQueued("p2", "p1", 14.0, EVIDENCE, "e1");

    @Test
    void a_rejected_review_pair_is_recorded() {
        fixture.given(new PersonRegistered("p2", List.of(UPN), DETAILS, "e1"), QUEUED)
                .when(new RejectMatchReview("p2", "p1", PAIR))
                .expectEvents(new MatchReviewRejected("p2", "p1", PAIR));
    }

    @Test
    void a_queued_pair_is_confirmed_by_a_link_that_names_it() {
        fixture.given(new PersonRegistered("p2", List.of(UPN), DETAILS, "e1"), QUEUED)
                .when(new LinkPersonRecords(
                        "p2", "p1", List.of("p2"), LinkReason.REVIEW_CONFIRMED, 14.0, null, PAIR, null))
                .expectEvents(new PersonRecordsLinked(
                        "p2", "p1", List.of("p2"), LinkReason.REVIEW_CONFIRMED, 14.0, null, PAIR, null));
    }

    @Test
    void a_pair_rejected_already_is_neither_rejected_again_nor_confirmed() {
        fixture.given(
                        new PersonRegistered("p2", List.of(UPN), DETAILS, "e1"),
                        QUEUED,
                        new MatchReviewRejected("p2", "p1", PAIR))
                .when(new RejectMatchReview("p2", "p1", PAIR))
                .expectException(Refused.class)
                .expectExceptionMessage("review pair " + PAIR + " is already REJECTED")
                .expectNoEvents();
        fixture.given(
                        new PersonRegistered("p2", List.of(UPN), DETAILS, "e1"),
                        QUEUED,
                        new MatchReviewRejected("p2", "p1", PAIR))
                .when(new LinkPersonRecords(
                        "p2", "p1", List.of("p2"), LinkReason.REVIEW_CONFIRMED, 14.0, null, PAIR, null))
                .expectException(Refused.class)
                .expectNoEvents();
    }

    @Test
    void a_pair_confirmed_already_is_not_rejected_even_after_an_unlink() {
        fixture.given(
                        new PersonRegistered("p2", List.of(UPN), DETAILS, "e1"),
                        QUEUED,
                        new PersonRecordsLinked(
                                "p2", "p1", List.of("p2"), LinkReason.REVIEW_CONFIRMED, 14.0, null, PAIR, null),
                        new PersonRecordsUnlinked("p2", "p1", List.of("p2")))
                .when(new RejectMatchReview("p2", "p1", PAIR))
                .expectException(Refused.class)
                .expectExceptionMessage("review pair " + PAIR + " is already CONFIRMED")
                .expectNoEvents();
    }

    @Test
    void a_pair_not_queued_on_the_person_is_not_decided() {
        fixture.given(new PersonRegistered("p2", List.of(UPN), DETAILS, "e1"))
                .when(new RejectMatchReview("p2", "p1", PAIR))
                .expectException(Refused.class)
                .expectNoEvents();
        fixture.given(new PersonRegistered("p2", List.of(UPN), DETAILS, "e1"), QUEUED)
                .when(new LinkPersonRecords(
                        "p2",
                        "p1",
                        List.of("p2"),
                        LinkReason.REVIEW_CONFIRMED,
                        14.0,
                        null,
                        MatchCandidates.pairId("p2", "p9"),
                        null))
                .expectException(Refused.class)
                .expectNoEvents();
    }
}
