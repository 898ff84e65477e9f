package org.thinkfamily.connectors.nhs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.connectors.support.UkTime;

/** HL7 v2 dates and times ({@code YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+/-ZZZZ]}); without an offset, UK local time. */
final class Hl7Time {

    private static final Pattern DTM =
            Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})?(\\d{2})?(?:\\.\\d{1,4})?)?([+-]\\d{4})?");

    private Hl7Time() {}

    static Instant instant(String value, String field) {
        Matcher m = DTM.matcher(value.strip());
        if (!m.matches()) {
            throw new RecordProblem(field, "must be an HL7 date and time, YYYYMMDDHHMM[SS][+ZZZZ]");
        }
        try {
            LocalDateTime local = LocalDateTime.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return m.group(7) == null
                    ? local.atZone(UkTime.LONDON).toInstant()
                    : local.toInstant(ZoneOffset.of(
                            m.group(7).substring(0, 3) + ":" + m.group(7).substring(3)));
        } catch (java.time.DateTimeException e) {
            throw new RecordProblem(field, "is not a real date and time");
        }
    }

    static LocalDate date(String value, String field) {
        String v = value.strip();
        if (!v.matches("\\d{8}.*")) {
            throw new RecordProblem(field, "must be an HL7 date, YYYYMMDD");
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(v.substring(0, 4)),
                    Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)));
        } catch (java.time.DateTimeException e) {
            throw new RecordProblem(field, "is not a real date");
        }
    }
}
