package org.thinkfamily.hub.identity.matching;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.thinkfamily.contracts.published.canonical.Sex;

/**
 * What probabilistic matching compares of a person: names (normalised: lower case, no accents, no
 * punctuation), birth date, sex, postcode and UPRN, and the strong identifiers held (system to value),
 * which decide alone when two records disagree on one.
 */
public record MatchRecord(
        String given,
        String family,
        LocalDate birthDate,
        Sex sex,
        String postcode,
        String uprn,
        Map<String, String> strongIdentifiers) {

    public MatchRecord {
        given = normalise(given);
        family = normalise(family);
        postcode = postcode == null ? null : postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        strongIdentifiers = strongIdentifiers == null ? Map.of() : Map.copyOf(strongIdentifiers);
    }

    /** The outward code of the postcode (BD1 of BD1 1AA), or null. */
    String outwardCode() {
        return postcode == null || postcode.length() < 5 ? null : postcode.substring(0, postcode.length() - 3);
    }

    // compiled once: every candidate of every record is normalised
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String normalise(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String plain =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String cleaned = SPACES.matcher(
                        NOT_LETTERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(""))
                .replaceAll(" ")
                .strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
