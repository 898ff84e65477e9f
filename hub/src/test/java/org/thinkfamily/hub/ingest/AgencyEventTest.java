package org.thinkfamily.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
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

    private static RecordAgencyEvent record(List<EventSubject> subjects) {
        return new RecordAgencyEvent(
                "e1",
                SOURCE,
                EventType.DOMESTIC_ABUSE_INCIDENT,
                WHEN,
                subjects,
                Sensitivity.STANDARD,
                SHARING,
                NARRATIVE,
                null);
    }

    @Test
    void a_message_is_recorded_as_the_first_event_of_its_own_stream_with_its_metadata() {
        MetaData metaData = MetaData.with("agency", SOURCE.agency());

        DomainEventMessage<AgencyEventRecorded> recorded = AgencyEvent.recorded(record(SUBJECTS), metaData);

        assertThat(recorded.getType()).isEqualTo("AgencyEvent");
        assertThat(recorded.getAggregateIdentifier()).isEqualTo("e1");
        assertThat(recorded.getSequenceNumber())
                .as("sequence 0: the store's key holds a message to one recording")
                .isZero();
        assertThat(recorded.getPayload())
                .isEqualTo(new AgencyEventRecorded(
                        "e1",
                        SOURCE,
                        EventType.DOMESTIC_ABUSE_INCIDENT,
                        WHEN,
                        SUBJECTS,
                        Sensitivity.STANDARD,
                        SHARING,
                        NARRATIVE,
                        null));
        assertThat(recorded.getMetaData()).containsEntry("agency", SOURCE.agency());
    }

    @Test
    void is_about_at_least_one_person() {
        assertThatThrownBy(() -> AgencyEvent.recorded(record(List.of()), MetaData.emptyInstance()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an agency event is about at least one person");
    }
}
