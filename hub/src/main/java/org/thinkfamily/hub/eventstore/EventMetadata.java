package org.thinkfamily.hub.eventstore;

import org.axonframework.messaging.MetaData;
import org.thinkfamily.contracts.published.canonical.LawfulBasis;

/**
 * The metadata every stored event carries: the source agency and its message id, the acting user or
 * system, and the lawful basis under which it was shared (the correlation id is added by Axon).
 */
public final class EventMetadata {

    public static final String AGENCY = "agency";
    public static final String MESSAGE_ID = "messageId";
    public static final String ACTOR = "actor";
    public static final String LAWFUL_BASIS = "lawfulBasis";

    private EventMetadata() {}

    public static MetaData ofAgencyMessage(String agency, String messageId, String actor, LawfulBasis basis) {
        return MetaData.with(AGENCY, agency)
                .and(MESSAGE_ID, messageId)
                .and(ACTOR, actor)
                .and(LAWFUL_BASIS, basis.name());
    }

    /** For changes made by a person in the hub itself (e.g. assigning a lead professional). */
    public static MetaData ofUser(String user) {
        return MetaData.with(ACTOR, user).and(LAWFUL_BASIS, LawfulBasis.PUBLIC_TASK.name());
    }
}
