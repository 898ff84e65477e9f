package org.thinkfamily.contracts.assessment;

import java.time.Instant;

/**
 * Query: the goals of the current cycle of the family's assessment ({@link LiveGoal}s; none when it has none); with
 * {@code asAt}, the cycle, goals, versions and steps done as the hub knew them then (null for now).
 */
public record FindLiveGoals(String familyId, Instant asAt) {

    public FindLiveGoals(String familyId) {
        this(familyId, null);
    }
}
