package org.thinkfamily.contracts.published.identifier;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The identifier systems the hub knows, how each is checked, and how strongly each one identifies a
 * person. {@code local:<agency>} is an agency's own id, unique only within that agency.
 */
public final class IdentifierSystems {
    private static final Pattern AGENCY_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public static final String LOCAL_PREFIX = "local:";
    public static final List<String> KNOWN = List.of(
            NhsNumber.SYSTEM, Upn.SYSTEM, NiNumber.SYSTEM, PncId.SYSTEM, Uprn.SYSTEM, LOCAL_PREFIX + "<agency>");

    private IdentifierSystems() {}

    public static IdentifierCheck check(String system, String value) {
        if (system == null || system.isBlank()) {
            return IdentifierCheck.invalid("identifier system is empty; expected one of " + String.join(", ", KNOWN));
        }
        return switch (system) {
            case NhsNumber.SYSTEM -> NhsNumber.check(value);
            case Upn.SYSTEM -> Upn.check(value);
            case NiNumber.SYSTEM -> NiNumber.check(value);
            case PncId.SYSTEM -> PncId.check(value);
            case Uprn.SYSTEM -> Uprn.check(value);
            default ->
                system.startsWith(LOCAL_PREFIX)
                        ? checkLocal(system, value)
                        : IdentifierCheck.invalid(
                                "unknown identifier system; expected one of " + String.join(", ", KNOWN));
        };
    }

    /**
     * How strongly an identifier names one person, highest first: the order in which conflicting
     * identifiers are trusted. A UPRN names a property, not a person, so it has no strength.
     */
    public static int strength(String system) {
        return switch (system) {
            case NhsNumber.SYSTEM -> 50;
            case Upn.SYSTEM -> 40;
            case NiNumber.SYSTEM -> 40;
            case PncId.SYSTEM -> 30;
            case Uprn.SYSTEM -> 0;
            default -> system.startsWith(LOCAL_PREFIX) ? 10 : 0;
        };
    }

    /** True for identifiers that name a person (UPRN names a property). */
    public static boolean identifiesPerson(String system) {
        return strength(system) > 0;
    }

    /**
     * A national identifier: one person holds one value, so two different values are two people, and
     * such records are never linked. An agency's local ids may be duplicated (two registrations, or the
     * keys a connector gives contacts), so two local values prove nothing either way.
     */
    public static boolean isNational(String system) {
        return identifiesPerson(system) && !system.startsWith(LOCAL_PREFIX);
    }

    private static IdentifierCheck checkLocal(String system, String value) {
        String agency = system.substring(LOCAL_PREFIX.length());
        if (!AGENCY_CODE.matcher(agency).matches()) {
            return IdentifierCheck.invalid(
                    "local identifier system must be local:<agency code> in lower case letters, digits and hyphens");
        }
        if (value == null || value.isBlank()) {
            return IdentifierCheck.invalid("local identifier value is empty");
        }
        if (value.strip().length() > 64) {
            return IdentifierCheck.invalid("local identifier value is longer than 64 characters");
        }
        return IdentifierCheck.valid(value.strip());
    }
}
