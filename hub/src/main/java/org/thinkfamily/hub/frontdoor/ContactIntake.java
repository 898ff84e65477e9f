package org.thinkfamily.hub.frontdoor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.agencyevent.AgencyEventRecorded;
import org.thinkfamily.contracts.agencyevent.EventSubject;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FindFamiliesOfPeople;
import org.thinkfamily.contracts.frontdoor.ContactIds;
import org.thinkfamily.contracts.frontdoor.ContactNarrative;
import org.thinkfamily.contracts.frontdoor.ReceiveContact;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.hub.messaging.Commands;
import org.thinkfamily.hub.projection.ProcessingGroups;

/**
 * Every agency's CONTACT_RECEIVED event becomes a contact awaiting a decision, about the family of its first
 * household subject. Subscribing: it runs in the ingest's own transaction, after identity and household
 * composition, so the contact exists once the event is accepted, or neither does. Handled again (a replay),
 * the contact is received already and nothing changes.
 */
@Component
@ProcessingGroup(ProcessingGroups.CONTACT_INTAKE)
class ContactIntake {

    private final Commands commands;
    private final QueryGateway queries;

    ContactIntake(Commands commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @EventHandler
    void on(AgencyEventRecorded event, EventMessage<?> message) {
        if (event.type() != EventType.CONTACT_RECEIVED) {
            return;
        }
        Optional<EventSubject> householdSubject =
                event.subjects().stream().filter(s -> s.role().isHousehold()).findFirst();
        String familyId = householdSubject.flatMap(s -> familyOf(s.personId())).orElse(null);
        String dataSubject = householdSubject.orElse(event.subjects().get(0)).personId();
        Map<String, Object> details =
                event.narrative() == null ? Map.of() : event.narrative().details();
        ContactNarrative narrative =
                new ContactNarrative(dataSubject, text(details.get("reason")), text(details.get("contactedBy")), null);
        commands.send(
                new ReceiveContact(
                        ContactIds.ofAgencyEvent(event.eventId()),
                        event.occurredAt(),
                        event.source().agency(),
                        familyId,
                        event.subjects().stream()
                                .map(EventSubject::personId)
                                .distinct()
                                .toList(),
                        event.eventId(),
                        narrative),
                message.getMetaData());
    }

    /** The family the person lives in now: their current membership that began first. */
    private Optional<String> familyOf(String personId) {
        List<FamilyMembership> memberships = queries.query(
                        new FindFamiliesOfPeople(List.of(personId)),
                        ResponseTypes.multipleInstancesOf(FamilyMembership.class))
                .join();
        return memberships.stream()
                .filter(FamilyMembership::isActive)
                .map(FamilyMembership::familyId)
                .findFirst();
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }
}
