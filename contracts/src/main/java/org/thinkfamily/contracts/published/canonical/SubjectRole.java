package org.thinkfamily.contracts.published.canonical;

/**
 * What a subject is to the event. The first three say the person lives in the family's household;
 * {@link #OTHER_PARTY} is named in the event but joins no family (a witness, the other party).
 */
public enum SubjectRole {
    CHILD,
    PARENT_CARER,
    ADULT_IN_HOUSEHOLD,
    OTHER_PARTY;

    public boolean isHousehold() {
        return this != OTHER_PARTY;
    }
}
