package org.thinkfamily.hub.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the assessment refused, as a GOV.UK error summary says it: the assessment names the field
 * ({@code "text: must not be empty"}); a form knows which of its inputs that is and how to ask for it.
 * Messages hold no value typed into the form.
 */
final class FormErrors {

    /** One input of a form: its id on the page, what to ask when it is empty or wrong, and what it is called. */
    record Field(String id, String whenEmpty, String whenWrong, String called) {}

    private static final Pattern AT_MOST = Pattern.compile("at most (\\d+) characters");

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Field fallback;

    /** @param fallback where a refusal that names none of the fields points (the form's first input) */
    FormErrors(Field fallback) {
        this.fallback = fallback;
    }

    /** Maps the assessment's field name (as in its refusal) to an input of the form. */
    FormErrors field(String assessmentField, Field field) {
        fields.put(assessmentField, field);
        return this;
    }

    /** The refusal in the form's words: the input's id and the message, in an order-kept map for the summary. */
    Map<String, String> of(String refusal) {
        String message = refusal == null ? "" : refusal;
        int colon = message.indexOf(':');
        String name = colon < 0 ? "" : message.substring(0, colon);
        String detail = colon < 0 ? message : message.substring(colon + 1).strip();
        Field field = fields.getOrDefault(name, fallback);
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(field.id(), say(field, detail));
        return errors;
    }

    private static String say(Field field, String detail) {
        if (detail.startsWith("must not be empty")) {
            return field.whenEmpty();
        }
        Matcher tooLong = AT_MOST.matcher(detail);
        if (tooLong.find()) {
            return field.called() + " must be " + String.format("%,d", Integer.parseInt(tooLong.group(1)))
                    + " characters or fewer";
        }
        return field.whenWrong();
    }
}
