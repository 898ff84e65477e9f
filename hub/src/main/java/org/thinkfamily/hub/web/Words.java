package org.thinkfamily.hub.web;

import java.util.Locale;
import java.util.Map;
import org.thinkfamily.contracts.published.canonical.PersonName;

/** Plain words for the codes the pages show: sectors, event types, names. */
public final class Words {

    private static final Map<String, String> SECTORS = Map.of(
            "HEALTH",
            "Health",
            "EDUCATION",
            "Education",
            "POLICE",
            "Police",
            "YOUTH_JUSTICE",
            "Youth justice",
            "BENEFITS",
            "Benefits",
            "SOCIAL_CARE",
            "Social care",
            "EARLY_HELP",
            "Early help",
            "HOUSING",
            "Housing");

    private Words() {}

    public static String sector(String sector) {
        return sector == null ? "" : SECTORS.getOrDefault(sector, of(sector));
    }

    /** {@code DOMESTIC_ABUSE_INCIDENT} as "Domestic abuse incident". */
    public static String of(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A person's name as a page shows it, or a short form of their id when no agency sent one. */
    public static String name(PersonName name, String personId) {
        if (name == null || (name.given() == null && name.family() == null)) {
            return "Person " + personId.substring(0, Math.min(8, personId.length()));
        }
        return ((name.given() == null ? "" : name.given()) + " " + (name.family() == null ? "" : name.family()))
                .strip();
    }
}
