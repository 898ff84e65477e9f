package org.thinkfamily.contracts.frontdoor;

/** What the front door decides about a contact. The two early help outcomes set the family's tier. */
public enum ContactOutcome {
    /** Advice and information given; nothing more for the hub to do. */
    ADVICE(null),
    EARLY_HELP_TIER_2(2),
    EARLY_HELP_TIER_3(3),
    /** Passed to children's social care (tier 4 work is theirs to decide). */
    SOCIAL_CARE_REFERRAL(null);

    private final Integer tier;

    ContactOutcome(Integer tier) {
        this.tier = tier;
    }

    /** The tier this outcome sets for the family, or null when it sets none. */
    public Integer tier() {
        return tier;
    }
}
