package org.thinkfamily.contracts.agency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.thinkfamily.contracts.published.canonical.Sector;

/**
 * Claim an agency code for the sector that first sends under it; answered with the sector that owns the
 * code (the claimant's, or the one that claimed it before).
 */
public record ClaimAgencyCode(@TargetAggregateIdentifier String agencyCodeId, String agency, Sector sector) {

    /** Aggregate ids of agency codes carry a prefix no other aggregate id can have (those are UUIDs). */
    public static String idOf(String agency) {
        return "agency-code:" + agency;
    }
}
