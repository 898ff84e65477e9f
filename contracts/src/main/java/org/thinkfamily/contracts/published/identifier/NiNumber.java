package org.thinkfamily.contracts.published.identifier;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * National Insurance number: two prefix letters, six digits and a suffix A to D. The first letter
 * is never D, F, I, Q, U or V; the second never D, F, I, O, Q, U or V; some prefixes are never issued.
 */
public final class NiNumber {
    private static final Pattern FORM = Pattern.compile("[A-Z]{2}\\d{6}[A-Z]");

    public static final String SYSTEM = "ni-number";
    private static final String NEVER_FIRST = "DFIQUV";
    private static final String NEVER_SECOND = "DFIOQUV";
    private static final Set<String> NEVER_ISSUED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    private NiNumber() {}

    public static IdentifierCheck check(String raw) {
        if (raw == null || raw.isBlank()) {
            return IdentifierCheck.invalid("National Insurance number is empty");
        }
        String ni = raw.replace(" ", "").strip().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(ni).matches()) {
            return IdentifierCheck.invalid(
                    "National Insurance number must be two letters, six digits and a suffix letter (e.g. QQ 12 34 56 C)");
        }
        if (NEVER_FIRST.indexOf(ni.charAt(0)) >= 0) {
            return IdentifierCheck.invalid("National Insurance number cannot start with D, F, I, Q, U or V");
        }
        if (NEVER_SECOND.indexOf(ni.charAt(1)) >= 0) {
            return IdentifierCheck.invalid("National Insurance number's second letter cannot be D, F, I, O, Q, U or V");
        }
        String prefix = ni.substring(0, 2);
        if (NEVER_ISSUED.contains(prefix)) {
            return IdentifierCheck.invalid("National Insurance prefix " + prefix + " is never issued");
        }
        if ("ABCD".indexOf(ni.charAt(8)) < 0) {
            return IdentifierCheck.invalid("National Insurance number suffix must be A, B, C or D");
        }
        return IdentifierCheck.valid(ni);
    }
}
