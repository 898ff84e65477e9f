package org.thinkfamily.contracts.published.identifier;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Police National Computer id: {@code YY/NNNNNNNC} or {@code YYYY/NNNNNNNC}. The check letter indexes
 * {@code ZABCDEFGHJKLMNPQRTUVWXY} by (two-digit year followed by the 7-digit serial) modulo 23.
 * A shorter serial is padded to 7 digits; the normal form keeps the year as sent and pads the serial.
 */
public final class PncId {

    public static final String SYSTEM = "pnc-id";
    static final String ALPHABET = "ZABCDEFGHJKLMNPQRTUVWXY";
    private static final Pattern FORM = Pattern.compile("(\\d{2}|\\d{4})/(\\d{1,7})([A-Z])");

    private PncId() {}

    public static IdentifierCheck check(String raw) {
        if (raw == null || raw.isBlank()) {
            return IdentifierCheck.invalid("PNC id is empty");
        }
        Matcher m = FORM.matcher(raw.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return IdentifierCheck.invalid(
                    "PNC id must be YY/NNNNNNNC or YYYY/NNNNNNNC (year, slash, serial of up to 7 digits, check letter)");
        }
        String year = m.group(1);
        String serial = "%07d".formatted(Integer.parseInt(m.group(2)));
        char expected = checkLetter(year.substring(year.length() - 2), serial);
        if (m.group(3).charAt(0) != expected) {
            return IdentifierCheck.invalid(
                    "PNC id check letter is wrong: year and serial require check letter " + expected);
        }
        return IdentifierCheck.valid(year + "/" + serial + expected);
    }

    static char checkLetter(String twoDigitYear, String serial7) {
        long number = Long.parseLong(twoDigitYear + serial7);
        return ALPHABET.charAt((int) (number % 23));
    }
}
