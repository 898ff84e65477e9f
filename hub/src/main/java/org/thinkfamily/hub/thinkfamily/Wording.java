package org.thinkfamily.hub.thinkfamily;

import static org.thinkfamily.hub.web.UkTime.UK;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Plain words for facts: UK dates ("3 Sep 2026"), periods, percentages and codes. */
final class Wording {

    static final String RESTRICTED = "A restricted record";
    static final String OVER_A_YEAR_AGO = " (more than 12 months ago)";

    // ENGLISH, not UK: the UK locale writes September as "Sept"
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Wording() {}

    static String day(Instant at) {
        return DAY.format(at.atZone(UK));
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "3 Sep to 24 Oct 2026", or with both years when they differ. */
    static String period(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return start == null && end == null
                    ? "an unstated period"
                    : "the period to " + day(end == null ? start : end);
        }
        return (start.getYear() == end.getYear() ? DAY_MONTH.format(start) : DAY.format(start)) + " to "
                + DAY.format(end);
    }

    static String percent(BigDecimal percent) {
        return percent.toPlainString() + "%";
    }

    /** A code as words: REFERRAL_ORDER → "referral order". */
    static String code(String code) {
        return code == null ? "not stated" : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
