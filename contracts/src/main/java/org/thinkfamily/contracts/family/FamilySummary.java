package org.thinkfamily.contracts.family;

import java.time.Instant;
import java.util.List;

/**
 * A family's household, when it started and who leads the work with it; {@code members} are current
 * members with their reasons; {@code mergedInto} names the family it was merged into, if it was.
 * {@code tiers} is every tier decision, oldest first; {@code team} everyone who has been on the team
 * around the family (those still on it have no {@code until}); {@code closedAt} is set while the family is
 * stepped down out of early help; {@code lastActivityAt} is when a record or decision last touched it.
 */
public record FamilySummary(
        String familyId,
        Instant startedAt,
        String leadProfessional,
        List<FamilyMembership> members,
        String mergedInto,
        List<TierDecision> tiers,
        List<TeamMember> team,
        Instant closedAt,
        Instant lastActivityAt) {

    public FamilySummary {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        team = team == null ? List.of() : List.copyOf(team);
    }

    /** The tier decided last by {@code at} (null for now), or null before any decision. */
    public Integer tierAt(Instant at) {
        Integer tier = null;
        for (TierDecision decision : tiers) {
            if (at == null || !decision.at().isAfter(at)) {
                tier = decision.tier();
            }
        }
        return tier;
    }

    /** Whether the user is on the team around the family now. */
    public boolean onTeam(String user) {
        return team.stream().anyMatch(m -> m.user().equals(user) && m.until() == null);
    }
}
