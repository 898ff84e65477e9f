package org.thinkfamily.hub.audit;

import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinkfamily.contracts.audit.AccessRelationship;
import org.thinkfamily.contracts.audit.FamilyRecordAccessed;
import org.thinkfamily.hub.eventstore.EventMetadata;

/**
 * Writes who read which family, and why, into the event store, committed before the read is served.
 */
@Component
public class AccessRecorder {

    private final EventGateway events;
    private final TransactionTemplate transaction;

    AccessRecorder(EventGateway events, PlatformTransactionManager transactionManager) {
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * @param relationship what allowed it, or {@code NONE} for a refusal
     * @param client       where the request came from ({@code api}, {@code web}, {@code tool})
     */
    public void record(
            String user,
            String familyId,
            String action,
            String purpose,
            AccessRelationship relationship,
            String client) {
        recordAll(user, Map.of(familyId, relationship), action, purpose, client);
    }

    /**
     * The same action on several families, in one transaction: a page of a list is one commit.
     *
     * @param relationships each family, in order, with what allowed the user to read it
     */
    public void recordAll(
            String user, Map<String, AccessRelationship> relationships, String action, String purpose, String client) {
        if (purpose != null && purpose.length() > AccessPurposeLimit.MAX_LENGTH) {
            throw new IllegalArgumentException(
                    AccessPurposeLimit.HEADER + " holds at most " + AccessPurposeLimit.MAX_LENGTH + " characters");
        }
        List<EventMessage<?>> accessed = relationships.entrySet().stream()
                .<EventMessage<?>>map(family -> GenericEventMessage.asEventMessage(new FamilyRecordAccessed(
                                family.getKey(),
                                user,
                                action,
                                purpose,
                                family.getValue().name(),
                                client))
                        .andMetaData(EventMetadata.ofUser(user)))
                .toList();
        if (!accessed.isEmpty()) {
            transaction.executeWithoutResult(status -> events.publish(accessed));
        }
    }
}
