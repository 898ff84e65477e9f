package org.thinkfamily.contracts.agencyevent;

import org.thinkfamily.contracts.canonical.SubjectRole;

/** A person the event is about, once resolved, and their role in it. */
public record EventSubject(String personId, SubjectRole role) {
}
