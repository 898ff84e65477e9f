package org.thinkfamily.contracts.published.identifier;

import java.util.regex.Pattern;

/** Unique Property Reference Number: a property's reference, 1 to 12 digits, never zero. */
public final class Uprn {
    private static final Pattern FORM = Pattern.compile("\\d{1,12}");

    public static final String SYSTEM = "uprn";

    private Uprn() {}

    public static IdentifierCheck check(String raw) {
        if (raw == null || raw.isBlank()) {
            return IdentifierCheck.invalid("UPRN is empty");
        }
        String uprn = raw.strip();
        if (!FORM.matcher(uprn).matches()) {
            return IdentifierCheck.invalid("UPRN must be 1 to 12 digits");
        }
        String normal = uprn.replaceFirst("^0+(?=\\d)", "");
        if (normal.equals("0")) {
            return IdentifierCheck.invalid("UPRN cannot be zero");
        }
        return IdentifierCheck.valid(normal);
    }
}
