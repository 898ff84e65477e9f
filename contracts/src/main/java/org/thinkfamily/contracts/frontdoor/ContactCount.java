package org.thinkfamily.contracts.frontdoor;

/** How many contacts about a family in 12 months; {@code repeat} at two or more. */
public record ContactCount(int count12Months, boolean repeat) {

    public static final int REPEAT_AT = 2;

    public static ContactCount of(int count12Months) {
        return new ContactCount(count12Months, count12Months >= REPEAT_AT);
    }
}
