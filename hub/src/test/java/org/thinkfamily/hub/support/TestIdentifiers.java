package org.thinkfamily.hub.support;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid identifiers, so tests sharing one database never meet each other's people. */
public final class TestIdentifiers {

    private static final String UPN_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private TestIdentifiers() {}

    /** A valid NHS number outside the 999 test range. */
    public static String nhsNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            digits.append(ThreadLocalRandom.current().nextInt(1, 9));
            for (int i = 1; i < 9; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
    }

    /** A valid permanent UPN issued in Bradford (380). */
    public static String upn() {
        String rest = "380" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000)) + "26"
                + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (rest.charAt(i) - '0') * (i + 2);
        }
        return UPN_ALPHABET.charAt(sum % 23) + rest;
    }

    /** A valid National Insurance number. */
    public static String niNumber() {
        return "JG" + "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000)) + "B";
    }

    /** A UPRN of this test's own: families at one property are composed together. */
    public static String uprn() {
        return "9" + "%011d".formatted(ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    public static String messageId() {
        return "MSG-" + java.util.UUID.randomUUID();
    }
}
