package org.thinkfamily.contracts.audit;

import java.time.Instant;
import java.util.List;

/**
 * The access log, oldest first, filtered by whichever are given.
 *
 * @param familyIds    entries about any of these families; null for every family
 * @param relationship only entries allowed so (e.g. {@code BREAK_GLASS}); null for all
 * @param to           exclusive
 */
public record FindAccessLogEntries(
        List<String> familyIds, String user, AccessRelationship relationship, Instant from, Instant to, int limit) {}
