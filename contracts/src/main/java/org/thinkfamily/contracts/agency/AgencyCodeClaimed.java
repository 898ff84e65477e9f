package org.thinkfamily.contracts.agency;

import org.axonframework.serialization.Revision;
import org.thinkfamily.contracts.published.canonical.Sector;

/** An agency code not in the hub's configuration now belongs to the sector that first used it. */
@Revision("1")
public record AgencyCodeClaimed(String agencyCodeId, String agency, Sector sector) {}
