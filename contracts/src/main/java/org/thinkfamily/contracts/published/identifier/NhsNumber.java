package org.thinkfamily.contracts.published.identifier;

/**
 * NHS number: ten digits, the last a modulus 11 check digit over the first nine (weights 10 to 2).
 * Written 3-3-4 with spaces (e.g. {@code 943 476 5870}); spaces are accepted and dropped.
 * Numbers beginning 999 are reserved for testing: valid in form, flagged as test range.
 */
public final class NhsNumber {

    public static final String SYSTEM = "nhs-number";

    private NhsNumber() {}

    public static IdentifierCheck check(String raw) {
        if (raw == null || raw.isBlank()) {
            return IdentifierCheck.invalid("NHS number is empty");
        }
        String digits = raw.strip().replace(" ", "");
        if (!digits.chars().allMatch(Character::isDigit)) {
            return IdentifierCheck.invalid(
                    "NHS number must contain only digits (spaces allowed between the 3-3-4 groups)");
        }
        if (digits.length() != 10) {
            return IdentifierCheck.invalid("NHS number must have 10 digits, found " + digits.length());
        }
        int expected = checkDigit(digits);
        if (expected == 10) {
            return IdentifierCheck.invalid(
                    "NHS number is not valid: its first nine digits give check value 10, which no issued number has");
        }
        if (digits.charAt(9) - '0' != expected) {
            return IdentifierCheck.invalid(
                    "NHS number check digit is wrong: the first nine digits require check digit " + expected);
        }
        return digits.startsWith("999") ? IdentifierCheck.validTestRange(digits) : IdentifierCheck.valid(digits);
    }

    /** The modulus 11 check digit of the first nine digits: 0 to 9, or 10 when no valid number exists. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check;
    }
}
