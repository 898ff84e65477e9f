package org.thinkfamily.contracts.agencyevent;

import org.thinkfamily.contracts.published.canonical.SubjectRole;

/**
 * A person the event is about, once resolved, and their role in it. {@code recordPersonId} is the
 * person record the subject was resolved to; {@code personId} the person that record was part of then.
 * They differ when the record had been linked into another person, and an unlink moves the event back
 * to the record's person. Events recorded before links existed carry no record person: it is the person.
 */
public record EventSubject(String personId, SubjectRole role, String recordPersonId) {

    public EventSubject {
        recordPersonId = recordPersonId == null ? personId : recordPersonId;
    }

    public EventSubject(String personId, SubjectRole role) {
        this(personId, role, personId);
    }
}
