package org.thinkfamily.hub.access;

/** The roles people and agency systems sign in with. */
public final class Roles {

    /** Works with the families they are lead professional (or team member) for. */
    public static final String LEAD = "LEAD";
    /**
     * A practitioner of an agency (a school's designated safeguarding lead, a health visitor): works with a
     * family while on its team around the family; their agency is {@link AgencyAccounts#agencyOf}.
     */
    public static final String PRACTITIONER = "PRACTITIONER";
    /** Early help manager: sees all families, assigns lead professionals, decides tiers. */
    public static final String MANAGER = "MANAGER";
    /** Read-only history, access log, replay. */
    public static final String AUDITOR = "AUDITOR";
    /** An agency system: pushes events for its own sector only. */
    public static final String AGENCY = "AGENCY";
    /** Reads the hub's metrics (Prometheus scrapers); nothing else. */
    public static final String METRICS = "METRICS";
    /** Cleared to read records an agency marked RESTRICTED. */
    public static final String RESTRICTED_READER = "RESTRICTED_READER";

    /** Cleared to erase a person's personal data (with {@link #AUDITOR}). */
    public static final String ERASER = "ERASER";

    private Roles() {}
}
