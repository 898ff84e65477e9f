package org.thinkfamily.hub.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.agencyevent.FindAgencyEventsAboutPerson;
import org.thinkfamily.contracts.assessment.StartAssessment;
import org.thinkfamily.contracts.audit.AccessLogEntry;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FindFamiliesOfPeople;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.audit.AccessLogSearch;
import org.thinkfamily.hub.eventstore.EventMetadata;
import org.thinkfamily.hub.web.UkTime;
import org.thinkfamily.hub.web.Words;

/**
 * Subject access: everything the hub holds about a person, read from the event store itself (the record every view
 * is built from): the events of each of their person records, every agency record naming them, the events of their
 * families that name them, their families' shared assessments, and who read those families. Exporting is a recorded
 * read of each of their families. A RESTRICTED record's narrative is left out for someone not cleared for it.
 */
@Component
public class SubjectAccess {

    /** The readable document's template, for the API and replay-tools alike. */
    public static final String DOCUMENT = "people/export";

    /** What the document's template reads: the export, the person's name as a heading, and when. */
    public static java.util.Map<String, Object> documentModel(Export export) {
        return java.util.Map.of(
                "export",
                export,
                "name",
                Words.name(export.name(), export.personId()),
                "generatedAt",
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm")
                        .format(export.generatedAt().atZone(UkTime.UK)));
    }

    /** The access log entries an export lists at most. */
    static final int ACCESS_ENTRIES = 10_000;

    private final PersonReads reads;
    private final PersonLinks links;
    private final MatchHistory matchHistory;
    private final EventStore eventStore;
    private final QueryGateway queries;
    private final AccessLogSearch accessLog;
    private final ObjectMapper json;
    private final Clock clock;

    SubjectAccess(
            PersonReads reads,
            PersonLinks links,
            MatchHistory matchHistory,
            EventStore eventStore,
            QueryGateway queries,
            AccessLogSearch accessLog,
            ObjectMapper json,
            Clock clock) {
        this.reads = reads;
        this.links = links;
        this.matchHistory = matchHistory;
        this.eventStore = eventStore;
        this.queries = queries;
        this.accessLog = accessLog;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param records            every person record read as this person (their own first, then those linked into it)
     * @param personalDataErased their personal data was erased: the events are shown in their erased form
     */
    public record Export(
            Instant generatedAt,
            String generatedBy,
            String personId,
            List<Identifier> identifiers,
            PersonName name,
            LocalDate birthDate,
            List<String> familyIds,
            List<String> records,
            List<MatchHistory.Decision> matchHistory,
            List<HeldEvent> events,
            List<HeldEvent> assessmentContributions,
            List<AccessLogEntry> accessLog,
            boolean personalDataErased) {}

    /**
     * One stored event, as the store holds it: which aggregate, when it was recorded, the agency and message it came
     * from (for an agency's record), and its content.
     */
    public record HeldEvent(
            String eventId,
            String aggregateType,
            String aggregateId,
            long sequence,
            String type,
            Instant recordedAt,
            String agency,
            String messageId,
            JsonNode content) {}

    /** @return empty when there is no such person */
    public Optional<Export> export(Authentication user, String personId, String purpose) {
        return reads.show(personId, user, "EXPORT_SUBJECT", purpose).map(shown -> {
            String id = shown.person().personId();
            List<String> records = links.recordsOf(id);
            Set<String> ids = new LinkedHashSet<>(records);
            ids.add(id);
            List<String> families = queries
                    .query(
                            new FindFamiliesOfPeople(List.of(id)),
                            ResponseTypes.multipleInstancesOf(FamilyMembership.class))
                    .join()
                    .stream()
                    .map(FamilyMembership::familyId)
                    .distinct()
                    .toList();

            List<HeldEvent> events = new ArrayList<>();
            records.forEach(record -> events.addAll(eventsOf(record, e -> true)));
            boolean cleared = FamilyReadGuard.mayReadRestricted(user);
            queries.query(new FindAgencyEventsAboutPerson(id), ResponseTypes.multipleInstancesOf(String.class))
                    .join()
                    .forEach(eventId -> eventsOf(eventId, e -> true).stream()
                            .map(e -> cleared ? e : withoutRestrictedDetail(e))
                            .forEach(events::add));
            // a family's events hold its other members too: only those that name one of this person's records
            families.forEach(familyId -> events.addAll(eventsOf(familyId, e -> names(e.content(), ids))));
            events.sort(java.util.Comparator.comparing(HeldEvent::recordedAt));

            List<HeldEvent> assessment = new ArrayList<>();
            families.forEach(familyId -> assessment.addAll(eventsOf(StartAssessment.idOf(familyId), e -> true)));

            return new Export(
                    clock.instant(),
                    user.getName(),
                    id,
                    shown.person().identifiers(),
                    shown.person().name(),
                    shown.person().birthDate(),
                    families,
                    records,
                    matchHistory.of(records),
                    events,
                    assessment,
                    families.isEmpty() ? List.of() : accessLog.find(null, id, null, null, null, null, ACCESS_ENTRIES),
                    shown.person().erased());
        });
    }

    private List<HeldEvent> eventsOf(String aggregateId, java.util.function.Predicate<HeldEvent> keep) {
        List<HeldEvent> held = new ArrayList<>();
        eventStore.readEvents(aggregateId).asStream().forEach(message -> {
            HeldEvent event = held(message);
            if (keep.test(event)) {
                held.add(event);
            }
        });
        return held;
    }

    private HeldEvent held(DomainEventMessage<?> message) {
        return new HeldEvent(
                message.getIdentifier(),
                message.getType(),
                message.getAggregateIdentifier(),
                message.getSequenceNumber(),
                message.getPayloadType().getSimpleName(),
                message.getTimestamp(),
                (String) message.getMetaData().get(EventMetadata.AGENCY),
                (String) message.getMetaData().get(EventMetadata.MESSAGE_ID),
                json.valueToTree(message.getPayload()));
    }

    /**
     * A RESTRICTED record for someone not cleared for it: that it exists, when and from whom, never what it says (its
     * narrative).
     */
    private static HeldEvent withoutRestrictedDetail(HeldEvent event) {
        if (!Sensitivity.RESTRICTED
                        .name()
                        .equals(event.content().path("sensitivity").asText())
                || !(event.content() instanceof com.fasterxml.jackson.databind.node.ObjectNode content)) {
            return event;
        }
        com.fasterxml.jackson.databind.node.ObjectNode shown = content.deepCopy();
        shown.remove("narrative");
        shown.put("restricted", "the content is shown only to people cleared for restricted records");
        return new HeldEvent(
                event.eventId(),
                event.aggregateType(),
                event.aggregateId(),
                event.sequence(),
                event.type(),
                event.recordedAt(),
                event.agency(),
                event.messageId(),
                shown);
    }

    /** Whether any text value in the content is one of these ids. */
    private static boolean names(JsonNode content, Set<String> ids) {
        if (content.isTextual()) {
            return ids.contains(content.asText());
        }
        for (JsonNode child : content) {
            if (names(child, ids)) {
                return true;
            }
        }
        return false;
    }
}
