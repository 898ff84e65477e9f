package org.thinkfamily.contracts.audit;

/** What allowed a person to read or change a family's record, as the access log states it. */
public enum AccessRelationship {
    /** an early help manager: every family */
    MANAGER,
    /** an auditor: every family, read-only */
    AUDITOR,
    /** the family's lead professional */
    LEAD_PROFESSIONAL,
    /** on the team around the family */
    TEAM_AROUND_THE_FAMILY,
    /** no relationship, opened with a stated reason */
    BREAK_GLASS,
    /** nothing allowed it: the attempt was refused */
    NONE
}
