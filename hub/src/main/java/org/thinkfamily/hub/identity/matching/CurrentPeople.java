package org.thinkfamily.hub.identity.matching;

import java.util.Collection;
import java.util.Map;

/**
 * Who person records are read as now, as the identity index's link tree says: candidates are named by that
 * person and carry the strong identifiers of all their records. Matching asks; the identity feature answers.
 */
public interface CurrentPeople {

    /** The person each record is read as (its root), record to root; a record unknown to the index is itself. */
    Map<String, String> rootsOf(Collection<String> recordPersonIds);

    /** The strong identifiers of each person (by root) the records are read as: system to value. */
    Map<String, Map<String, String>> strongIdentifiersByRoot(Collection<String> recordPersonIds);
}
