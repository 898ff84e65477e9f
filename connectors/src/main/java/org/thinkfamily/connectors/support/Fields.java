package org.thinkfamily.connectors.support;

import java.time.LocalDate;
import java.time.LocalTime;

/** A record of named fields, from a CSV row or a JSON object, read with the checks every layout needs. */
public interface Fields {

    /** The value of a field of the layout, or null when absent or blank. */
    String get(String field);

    /** A person's name from two fields, or null when both are blank. */
    default org.thinkfamily.contracts.published.canonical.PersonName name(String givenField, String familyField) {
        return get(givenField) == null && get(familyField) == null
                ? null
                : new org.thinkfamily.contracts.published.canonical.PersonName(get(givenField), get(familyField));
    }

    default String required(String field) {
        String value = get(field);
        if (value == null) {
            throw new RecordProblem(field, "is required");
        }
        return value;
    }

    default LocalDate requiredDate(String field) {
        return date(required(field), field);
    }

    default LocalDate optionalDate(String field) {
        String value = get(field);
        return value == null ? null : date(value, field);
    }

    default LocalTime optionalTime(String field) {
        String value = get(field);
        if (value == null) {
            return null;
        }
        try {
            return UkTime.time(value);
        } catch (IllegalArgumentException e) {
            throw new RecordProblem(field, e.getMessage());
        }
    }

    default Boolean optionalYesNo(String field) {
        String value = get(field);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "y", "yes", "true", "1" -> true;
            case "n", "no", "false", "0" -> false;
            default -> throw new RecordProblem(field, "must be Y or N");
        };
    }

    default int requiredCount(String field) {
        String value = required(field);
        try {
            int count = Integer.parseInt(value);
            if (count < 0) {
                throw new NumberFormatException();
            }
            return count;
        } catch (NumberFormatException e) {
            throw new RecordProblem(field, "must be a whole number, 0 or more");
        }
    }

    private static LocalDate date(String value, String field) {
        try {
            return UkTime.date(value);
        } catch (IllegalArgumentException e) {
            throw new RecordProblem(field, e.getMessage());
        }
    }
}
