package org.thinkfamily.hub.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.frontdoor.ContactDecided;
import org.thinkfamily.contracts.frontdoor.ContactNarrative;
import org.thinkfamily.contracts.frontdoor.ContactOutcome;
import org.thinkfamily.contracts.frontdoor.ContactReceived;
import org.thinkfamily.contracts.frontdoor.DecideContact;
import org.thinkfamily.contracts.frontdoor.DecisionReason;
import org.thinkfamily.contracts.frontdoor.PublicRequest;
import org.thinkfamily.contracts.frontdoor.ReceiveContact;

class ContactTest {

    private static final Instant AT = Instant.parse("2026-11-25T09:30:00Z");
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final ContactNarrative NARRATIVE =
            new ContactNarrative("p1", "Attendance and wellbeing", "School", null);
    private static final ContactReceived RECEIVED =
            new ContactReceived("c1", AT, "bradford-school", "f1", List.of("p1"), "e1", NARRATIVE);

    private AggregateTestFixture<Contact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contact.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void is_received_awaiting_a_decision() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveContact("c1", AT, "bradford-school", "f1", List.of("p1"), "e1", NARRATIVE))
                .expectEvents(RECEIVED);
    }

    @Test
    void a_request_from_the_public_is_about_no_one_known_yet() {
        ContactNarrative typed = new ContactNarrative(
                "c2",
                "Worried about the children next door",
                "A neighbour",
                new PublicRequest("Sam Jones", null, "BD1 1AA", "A neighbour", "07700 900123"));
        fixture.givenNoPriorActivity()
                .when(new ReceiveContact("c2", AT, ContactReceived.PUBLIC, null, null, null, typed))
                .expectEvents(new ContactReceived("c2", AT, ContactReceived.PUBLIC, null, List.of(), null, typed));
    }

    @Test
    void received_again_changes_nothing() {
        fixture.given(RECEIVED)
                .when(new ReceiveContact("c1", AT, "bradford-school", "f1", List.of("p1"), "e1", NARRATIVE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void is_decided_with_its_author_and_reason() {
        fixture.given(RECEIVED)
                .when(new DecideContact(
                        "c1", ContactOutcome.EARLY_HELP_TIER_2, "Needs a family support worker", "manager"))
                .expectEvents(new ContactDecided(
                        "c1",
                        "f1",
                        ContactOutcome.EARLY_HELP_TIER_2,
                        new DecisionReason("p1", "Needs a family support worker"),
                        "manager",
                        NOW));
    }

    @Test
    void a_second_decision_is_refused() {
        fixture.given(
                        RECEIVED,
                        new ContactDecided(
                                "c1",
                                "f1",
                                ContactOutcome.ADVICE,
                                new DecisionReason("p1", "Advice given"),
                                "manager",
                                NOW))
                .when(new DecideContact("c1", ContactOutcome.SOCIAL_CARE_REFERRAL, "Changed my mind", "manager"))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void a_decision_needs_a_reason() {
        fixture.given(RECEIVED)
                .when(new DecideContact("c1", ContactOutcome.ADVICE, "  ", "manager"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void a_tier_needs_a_family() {
        fixture.given(new ContactReceived("c2", AT, ContactReceived.PUBLIC, null, List.of(), null, null))
                .when(new DecideContact(
                        "c2", ContactOutcome.EARLY_HELP_TIER_3, "Needs a team around the family", "manager"))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }
}
