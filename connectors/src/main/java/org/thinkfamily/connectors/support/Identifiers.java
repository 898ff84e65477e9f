package org.thinkfamily.connectors.support;

import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.identifier.IdentifierCheck;
import org.thinkfamily.contracts.published.identifier.IdentifierSystems;

/** Checks an identifier from an agency's record where it is read, so the dead letter names its column. */
public final class Identifiers {

    private Identifiers() {}

    public static Identifier checked(String system, String value, String field) {
        IdentifierCheck check = IdentifierSystems.check(system, value);
        if (!check.isValid()) {
            throw new RecordProblem(field, check.problem());
        }
        return new Identifier(system, check.normalised());
    }

    /** Upper case, words joined by underscores: "Referral Order" becomes REFERRAL_ORDER. */
    public static String code(String text) {
        return text.strip()
                .toUpperCase(java.util.Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }
}
