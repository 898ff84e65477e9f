package org.thinkfamily.hub.audit;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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

    public void record(String user, String familyId, String action, String purpose) {
        if (purpose != null && purpose.length() > AccessPurposeLimit.MAX_LENGTH) {
            throw new IllegalArgumentException(
                    AccessPurposeLimit.HEADER + " holds at most " + AccessPurposeLimit.MAX_LENGTH + " characters");
        }
        FamilyRecordAccessed accessed = new FamilyRecordAccessed(familyId, user, action, purpose);
        transaction.executeWithoutResult(status ->
                events.publish(GenericEventMessage.asEventMessage(accessed).andMetaData(EventMetadata.ofUser(user))));
    }
}
