package org.thinkfamily.hub.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.agencyevent.AgencyEventRecorded;
import org.thinkfamily.contracts.agencyevent.EventNarrative;
import org.thinkfamily.contracts.agencyevent.EventSubject;
import org.thinkfamily.contracts.agencyevent.RecordAgencyEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.LawfulBasis;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Sharing;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

class AgencyEventTest {

    private static final Source SOURCE = new Source("west-yorkshire-police", Sector.POLICE, "niche", "INC-1");
    private static final Instant WHEN = Instant.parse("2026-11-20T22:15:00Z");
    private static final Sharing SHARING = new Sharing(LawfulBasis.SAFEGUARDING, null);
    private static final EventNarrative NARRATIVE =
            new EventNarrative("p1", "summary", Map.of("childPresent", true), List.of());
    private static final List<EventSubject> SUBJECTS = List.of(new EventSubject("p1", SubjectRole.CHILD));

    private AggregateTestFixture<AgencyEvent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AgencyEvent.class);
    }

    @Test
    void records_an_agency_event_about_resolved_people() {
        fixture.givenNoPriorActivity()
                .when(new RecordAgencyEvent(
                        "e1",
                        SOURCE,
                        EventType.DOMESTIC_ABUSE_INCIDENT,
                        WHEN,
                        SUBJECTS,
                        Sensitivity.STANDARD,
                        SHARING,
                        NARRATIVE))
                .expectEvents(new AgencyEventRecorded(
                        "e1",
                        SOURCE,
                        EventType.DOMESTIC_ABUSE_INCIDENT,
                        WHEN,
                        SUBJECTS,
                        Sensitivity.STANDARD,
                        SHARING,
                        NARRATIVE));
    }

    @Test
    void is_about_at_least_one_person() {
        fixture.givenNoPriorActivity()
                .when(new RecordAgencyEvent(
                        "e1",
                        SOURCE,
                        EventType.DOMESTIC_ABUSE_INCIDENT,
                        WHEN,
                        List.of(),
                        Sensitivity.STANDARD,
                        SHARING,
                        NARRATIVE))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void the_same_message_cannot_be_recorded_twice() {
        fixture.given(new AgencyEventRecorded(
                        "e1",
                        SOURCE,
                        EventType.DOMESTIC_ABUSE_INCIDENT,
                        WHEN,
                        SUBJECTS,
                        Sensitivity.STANDARD,
                        SHARING,
                        NARRATIVE))
                .when(new RecordAgencyEvent(
                        "e1",
                        SOURCE,
                        EventType.DOMESTIC_ABUSE_INCIDENT,
                        WHEN,
                        SUBJECTS,
                        Sensitivity.STANDARD,
                        SHARING,
                        NARRATIVE))
                .expectException(EventStoreException.class);
    }
}
