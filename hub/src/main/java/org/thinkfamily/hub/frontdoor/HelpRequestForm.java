package org.thinkfamily.hub.frontdoor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.thinkfamily.contracts.frontdoor.PublicRequest;
import org.thinkfamily.contracts.published.canonical.CanonicalEventRules;

/**
 * The request-for-help form as posted: each field trimmed, and what is missing or wrong said in the words
 * the GOV.UK Design System uses, keyed by the id of the field to go to (in the order of the page).
 */
record HelpRequestForm(
        String aboutName,
        String day,
        String month,
        String year,
        String aboutPostcode,
        String yourName,
        String yourContact,
        String worry,
        String website) {

    static final int MAX_NAME = 100;
    static final int MAX_CONTACT = 200;
    static final int MAX_WORRY = 4000;

    static HelpRequestForm empty() {
        return new HelpRequestForm("", "", "", "", "", "", "", "", "");
    }

    static HelpRequestForm of(Map<String, String> posted) {
        return new HelpRequestForm(
                field(posted, "aboutName"),
                field(posted, "aboutDateOfBirth-day"),
                field(posted, "aboutDateOfBirth-month"),
                field(posted, "aboutDateOfBirth-year"),
                field(posted, "aboutPostcode"),
                field(posted, "yourName"),
                field(posted, "yourContact"),
                field(posted, "worry"),
                field(posted, "website"));
    }

    /** A bot fills every field it finds; people never see this one. */
    boolean trapFilled() {
        return !website.isEmpty();
    }

    Map<String, String> errors(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(
                errors,
                "aboutName",
                aboutName,
                "Enter the name of the person who needs help",
                MAX_NAME,
                "Name must be " + MAX_NAME + " characters or fewer");
        String dateProblem = dateProblem(today);
        if (dateProblem != null) {
            errors.put("aboutDateOfBirth-day", dateProblem);
        }
        if (aboutPostcode.isEmpty()) {
            errors.put("aboutPostcode", "Enter the postcode where they live");
        } else if (!aboutPostcode.matches("[A-Za-z0-9 ]{2,10}")) {
            errors.put("aboutPostcode", "Enter a real postcode, like BD1 1AA");
        }
        required(
                errors,
                "yourName",
                yourName,
                "Enter your name",
                MAX_NAME,
                "Your name must be " + MAX_NAME + " characters or fewer");
        required(
                errors,
                "yourContact",
                yourContact,
                "Enter a phone number or email address we can reach you on",
                MAX_CONTACT,
                "Phone number or email address must be " + MAX_CONTACT + " characters or fewer");
        required(
                errors,
                "worry",
                worry,
                "Tell us what you are worried about",
                MAX_WORRY,
                "What you are worried about must be " + MAX_WORRY + " characters or fewer");
        return errors;
    }

    /** The date of birth when given (it is optional), or null. Call after {@link #errors} found none. */
    LocalDate dateOfBirth() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty()
                ? null
                : LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    PublicRequest toRequest() {
        return new PublicRequest(
                aboutName, dateOfBirth(), aboutPostcode.toUpperCase(java.util.Locale.ROOT), yourName, yourContact);
    }

    private String dateProblem(LocalDate today) {
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            return "Date of birth must include a day, month and year, or leave it empty if you do not know it";
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            return "Date of birth must be a real date";
        }
        if (date.isAfter(today)) {
            return "Date of birth must be in the past";
        }
        if (date.isBefore(CanonicalEventRules.EARLIEST)) {
            return "Date of birth must be after 1900";
        }
        return null;
    }

    private static void required(
            Map<String, String> errors, String id, String value, String missing, int max, String tooLong) {
        if (value.isEmpty()) {
            errors.put(id, missing);
        } else if (value.length() > max) {
            errors.put(id, tooLong);
        }
    }

    private static String field(Map<String, String> posted, String name) {
        String value = posted.get(name);
        return value == null ? "" : value.strip();
    }
}
