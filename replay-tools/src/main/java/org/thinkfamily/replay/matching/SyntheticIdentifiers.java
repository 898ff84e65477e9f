package org.thinkfamily.replay.matching;

import java.util.List;

/**
 * Valid, made-up strong identifiers, one per serial number and never two alike, so a record can carry
 * a value nobody in the index holds (the hub would otherwise resolve it before matching on details).
 */
public final class SyntheticIdentifiers {

    private static final String UPN_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final List<String> NI_PREFIXES = List.of(
            "AB", "AE", "AH", "AK", "AL", "AM", "AP", "AR", "AS", "AT", "AW", "AX", "AY", "AZ", "BA", "BB", "BE", "BH",
            "BK", "BL", "BM", "BT", "CA", "CB", "CE", "CH", "CK", "CL", "JA", "JB", "JC", "JE", "JG", "JH", "JJ", "JK",
            "JL", "JM", "JN", "JP", "JR", "JS", "JT", "JW", "JX", "JY");
    private static final String PNC_ALPHABET = "ZABCDEFGHJKLMNPQRTUVWXY";
    private static final long NHS_SPAN = 200_000_000L;

    private SyntheticIdentifiers() {}

    /**
     * An NHS number: nine digits from the serial, scattered by a bijection on 0..2e8, in 400.. or, when
     * those nine digits admit no check digit, in 600.. (adding 2 to the first digit shifts the
     * weighted sum by 20, so the second is valid whenever the first is not).
     */
    static String nhsNumber(long serial) {
        if (serial < 0 || serial >= NHS_SPAN) {
            throw new IllegalArgumentException("NHS serial out of range");
        }
        long scattered = (serial * 48_271L + 12_345L) % NHS_SPAN;
        String body = Long.toString(400_000_000L + scattered);
        int check = nhsCheckDigit(body);
        if (check == 10) {
            body = Long.toString(600_000_000L + scattered);
            check = nhsCheckDigit(body);
        }
        return body + check;
    }

    /** The modulus 11 check digit over nine digits, weights 10 to 2; 10 means no valid number. */
    static int nhsCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    /** A permanent UPN issued in Bradford (380), the serial in school, year and serial digits. */
    static String upn(long serial) {
        String rest = "380" + "%09d".formatted(serial % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (rest.charAt(i) - '0') * (i + 2);
        }
        return UPN_ALPHABET.charAt(sum % 23) + rest;
    }

    /** A National Insurance number: a prefix that is issued, six digits, suffix A to D. */
    static String niNumber(long serial) {
        String prefix = NI_PREFIXES.get((int) (serial / 1_000_000 % NI_PREFIXES.size()));
        return prefix
                + "%06d".formatted(serial % 1_000_000)
                + "ABCD".charAt((int) (serial / 1_000_000 / NI_PREFIXES.size() % 4));
    }

    /** A PNC id of the year the person was first recorded: year, slash, seven serial digits, check letter. */
    public static String pncId(int year, long serial) {
        String serial7 = "%07d".formatted(serial % 10_000_000L);
        long number = Long.parseLong("%02d".formatted(year % 100) + serial7);
        return year + "/" + serial7 + PNC_ALPHABET.charAt((int) (number % 23));
    }
}
