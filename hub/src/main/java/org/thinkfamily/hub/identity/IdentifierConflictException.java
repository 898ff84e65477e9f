package org.thinkfamily.hub.identity;

import org.thinkfamily.hub.problem.Refused;

/** A person already holds a different value of this identifier system. Names ids and systems only. */
class IdentifierConflictException extends Refused {

    IdentifierConflictException(String personId, String system) {
        super("person " + personId + " already holds a different " + system);
    }
}
