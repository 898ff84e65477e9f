package org.thinkfamily.contracts.published.identifier;

/** Unique Property Reference Number: a property's reference, 1 to 12 digits, never zero. */
public final class Uprn {

    public static final String SYSTEM = "uprn";

    private Uprn() {}

    public static IdentifierCheck check(String raw) {
        if (raw == null || raw.isBlank()) {
            return IdentifierCheck.invalid("UPRN is empty");
        }
        String uprn = raw.strip();
        if (!uprn.matches("\\d{1,12}")) {
            return IdentifierCheck.invalid("UPRN must be 1 to 12 digits");
        }
        String normal = uprn.replaceFirst("^0+(?=\\d)", "");
        if (normal.equals("0")) {
            return IdentifierCheck.invalid("UPRN cannot be zero");
        }
        return IdentifierCheck.valid(normal);
    }
}
