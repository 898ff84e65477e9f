package org.thinkfamily.replay.generate;

import java.util.Map;
import org.thinkfamily.contracts.published.canonical.Sector;

/**
 * The agencies of the synthetic authority: for each sector, the agency code its records carry (the codes the demo
 * configuration lists, so no new agency is registered) and the demo account that pushes them.
 */
final class Agencies {

    static final String SYSTEM = "synthetic";

    private static final Map<Sector, String> CODES = Map.of(
            Sector.POLICE, "west-yorkshire-police",
            Sector.HEALTH, "bradford-teaching-hospitals",
            Sector.EDUCATION, "bradford-school-2001",
            Sector.YOUTH_JUSTICE, "bradford-yot",
            Sector.BENEFITS, "dwp-bradford",
            Sector.EARLY_HELP, "bradford-early-help-gateway");

    private static final Map<Sector, String> ACCOUNTS = Map.of(
            Sector.POLICE, "police",
            Sector.HEALTH, "nhs",
            Sector.EDUCATION, "school",
            Sector.YOUTH_JUSTICE, "yot",
            Sector.BENEFITS, "dwp",
            Sector.EARLY_HELP, "socialcare");

    private Agencies() {}

    static String code(Sector sector) {
        return CODES.get(sector);
    }

    /** The demo account of the sector's agency system; its password is the name with {@code -demo}. */
    static String account(Sector sector) {
        return ACCOUNTS.get(sector);
    }
}
