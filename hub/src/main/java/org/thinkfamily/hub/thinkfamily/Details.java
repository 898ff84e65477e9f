package org.thinkfamily.hub.thinkfamily;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.thinkfamily.contracts.family.FamilyRecord;

/** Typed reads of a record's details; a value that is missing or not of its kind reads as null. */
final class Details {

    private Details() {}

    static String text(FamilyRecord record, String field) {
        Object value = record.details().get(field);
        return value == null ? null : value.toString();
    }

    static Integer count(FamilyRecord record, String field) {
        Object value = record.details().get(field);
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null ? null : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isTrue(FamilyRecord record, String field) {
        Object value = record.details().get(field);
        return Boolean.TRUE.equals(value)
                || (value != null && "true".equalsIgnoreCase(value.toString().trim()));
    }

    /** A date field; a date-time is read as its date. */
    static LocalDate date(FamilyRecord record, String field) {
        String value = text(record, field);
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
