package org.thinkfamily.connectors.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates and times as agencies' files write them: UK local time (Europe/London, with summer time) when
 * no offset is given; dates as ISO {@code yyyy-MM-dd} or {@code dd/MM/yyyy}.
 */
public final class UkTime {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter UK_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private UkTime() {}

    /** @throws IllegalArgumentException naming the forms accepted */
    public static LocalDate date(String text) {
        String value = text.strip();
        try {
            return value.contains("/") ? LocalDate.parse(value, UK_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date, yyyy-MM-dd or dd/MM/yyyy");
        }
    }

    /** @throws IllegalArgumentException naming the forms accepted */
    public static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a time, HH:mm or HH:mm:ss");
        }
    }

    /** The instant a UK local date and time stands for (in the autumn hour that happens twice, the earlier). */
    public static Instant instant(LocalDate date, LocalTime time) {
        return LocalDateTime.of(date, time).atZone(LONDON).toInstant();
    }

    /** The start of a UK local day. */
    public static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(LONDON).toInstant();
    }

    /** A date and time that may carry an offset (ISO) or not (UK local). */
    public static Instant dateTime(String text) {
        String value = text.strip();
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value.replace(' ', 'T'))
                        .atZone(LONDON)
                        .toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "must be a date and time, yyyy-MM-ddTHH:mm[:ss] (UK local) or with an offset");
            }
        }
    }
}
