package org.thinkfamily.contracts.published.identifier;

import java.util.Locale;

/**
 * Unique Pupil Number: a check letter, a 3-digit local authority code, a 4-digit school number,
 * 2 digits of year and a 3-digit serial; a temporary UPN ends in a letter. The check letter is the
 * weighted sum (weights 2 to 13 on characters 2 to 13) modulo 23, in the UPN alphabet.
 */
public final class Upn {

    public static final String SYSTEM = "upn";
    static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upn() {}

    public static IdentifierCheck check(String raw) {
        if (raw == null || raw.isBlank()) {
            return IdentifierCheck.invalid("UPN is empty");
        }
        String upn = raw.strip().toUpperCase(Locale.ROOT);
        if (upn.length() != 13) {
            return IdentifierCheck.invalid("UPN must have 13 characters, found " + upn.length());
        }
        if (ALPHABET.indexOf(upn.charAt(0)) < 0) {
            return IdentifierCheck.invalid("UPN must start with a check letter from " + ALPHABET);
        }
        for (int i = 1; i < 12; i++) {
            if (!Character.isDigit(upn.charAt(i))) {
                return IdentifierCheck.invalid(
                        "UPN characters 2 to 12 must be digits (character " + (i + 1) + " is not)");
            }
        }
        char last = upn.charAt(12);
        if (!Character.isDigit(last) && ALPHABET.indexOf(last) < 0) {
            return IdentifierCheck.invalid(
                    "UPN character 13 must be a digit, or for a temporary UPN a letter from " + ALPHABET);
        }
        String authority = upn.substring(1, 4);
        if (!LocalAuthorityCodes.isKnown(authority)) {
            return IdentifierCheck.invalid(
                    "UPN local authority code " + authority + " is not a known local authority number");
        }
        char expected = checkLetter(upn);
        if (upn.charAt(0) != expected) {
            return IdentifierCheck.invalid(
                    "UPN check letter is wrong: characters 2 to 13 require check letter " + expected);
        }
        return IdentifierCheck.valid(upn);
    }

    public static boolean isTemporary(String normalisedUpn) {
        return normalisedUpn.length() == 13 && !Character.isDigit(normalisedUpn.charAt(12));
    }

    static char checkLetter(String upn) {
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : ALPHABET.indexOf(c);
            sum += value * (i + 1);
        }
        return ALPHABET.charAt(sum % 23);
    }
}
