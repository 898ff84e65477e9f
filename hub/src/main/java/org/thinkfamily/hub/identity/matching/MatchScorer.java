package org.thinkfamily.hub.identity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.thinkfamily.contracts.published.identifier.IdentifierSystems;

/**
 * A Fellegi-Sunter score of two person records: for each field a weight, log2(m/u), for agreement,
 * partial agreement (a typo, a nickname, names in the other order, day and month swapped) or
 * disagreement, and nothing when either side lacks the field. The sum says how much more likely the
 * two are one person than two. Every weight is kept as evidence, so a decision can be explained.
 * Symmetric by construction. Two records holding different values of the same strong identifier are
 * never one person, whatever their score.
 */
public final class MatchScorer {

    public enum Outcome {
        AGREE,
        PARTIAL,
        DISAGREE,
        MISSING
    }

    /** One field's part in a score. Names the field and the outcome, never the values compared. */
    public record Evidence(String field, Outcome outcome, double weight) {}

    public record Score(double total, List<Evidence> evidence, boolean strongIdentifierConflict) {}

    // The weights, log2(m/u): how much likelier the outcome is between two records of one person than of two.
    // Tuned on the matching benchmark (replay-tools), never by feel; the thresholds they meet are MatchDecision's.
    static final double FAMILY_NAME_AGREE = 6.0;
    /** A typo, a double-barrelled name in part, or given and family name the other way round. */
    static final double FAMILY_NAME_SIMILAR = 3.5;

    static final double FAMILY_NAME_DISAGREE = -4.0;
    static final double GIVEN_NAME_AGREE = 5.0;
    /** Another form of one name (Kate for Katherine). */
    static final double GIVEN_NAME_NICKNAME = 4.0;
    /** A typo, or given and family name the other way round. */
    static final double GIVEN_NAME_SIMILAR = 3.0;

    static final double GIVEN_NAME_DISAGREE = -4.0;
    static final double BIRTH_DATE_AGREE = 8.0;
    static final double BIRTH_DATE_DAY_MONTH_SWAPPED = 5.0;
    static final double BIRTH_DATE_ONE_DIGIT_APART = 3.0;
    static final double BIRTH_DATE_DISAGREE = -10.0;
    static final double SEX_AGREE = 0.5;
    static final double SEX_DISAGREE = -2.0;
    static final double PROPERTY_AGREE = 5.0;
    /** Two properties (UPRNs) in one postcode: the same street, another door. */
    static final double SAME_STREET = 2.0;

    static final double POSTCODE_AGREE = 4.0;
    static final double OUTWARD_CODE_AGREE = 1.5;
    /** People move: a weak disagreement. */
    static final double ADDRESS_DISAGREE = -1.0;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final double SIMILAR = 0.92;

    public Score score(MatchRecord a, MatchRecord b) {
        List<Evidence> evidence = new ArrayList<>();
        boolean swapped = a.given() != null
                && a.family() != null
                && a.given().equals(b.family())
                && a.family().equals(b.given());
        evidence.add(
                swapped
                        ? new Evidence("familyName", Outcome.PARTIAL, FAMILY_NAME_SIMILAR)
                        : family(a.family(), b.family()));
        evidence.add(
                swapped ? new Evidence("givenName", Outcome.PARTIAL, GIVEN_NAME_SIMILAR) : given(a.given(), b.given()));
        evidence.add(birthDate(a, b));
        evidence.add(simple("sex", a.sex(), b.sex(), SEX_AGREE, SEX_DISAGREE));
        evidence.add(address(a, b));
        double total = evidence.stream().mapToDouble(Evidence::weight).sum();
        return new Score(
                Math.round(total * 100) / 100.0,
                List.copyOf(evidence),
                conflict(a.strongIdentifiers(), b.strongIdentifiers()));
    }

    private static Evidence family(String a, String b) {
        if (a == null || b == null) {
            return new Evidence("familyName", Outcome.MISSING, 0);
        }
        if (a.equals(b)) {
            return new Evidence("familyName", Outcome.AGREE, FAMILY_NAME_AGREE);
        }
        boolean similar = JARO_WINKLER.apply(a, b) >= SIMILAR
                || a.startsWith(b + " ")
                || b.startsWith(a + " ")
                || a.endsWith(" " + b)
                || b.endsWith(" " + a);
        return similar
                ? new Evidence("familyName", Outcome.PARTIAL, FAMILY_NAME_SIMILAR)
                : new Evidence("familyName", Outcome.DISAGREE, FAMILY_NAME_DISAGREE);
    }

    private static Evidence given(String a, String b) {
        if (a == null || b == null) {
            return new Evidence("givenName", Outcome.MISSING, 0);
        }
        String first = a.split(" ")[0];
        String other = b.split(" ")[0];
        if (first.equals(other)) {
            return new Evidence("givenName", Outcome.AGREE, GIVEN_NAME_AGREE);
        }
        if (GivenNameForms.areOneName(first, other)) {
            return new Evidence("givenName", Outcome.PARTIAL, GIVEN_NAME_NICKNAME);
        }
        if (JARO_WINKLER.apply(first, other) >= SIMILAR) {
            return new Evidence("givenName", Outcome.PARTIAL, GIVEN_NAME_SIMILAR);
        }
        return new Evidence("givenName", Outcome.DISAGREE, GIVEN_NAME_DISAGREE);
    }

    private static Evidence birthDate(MatchRecord a, MatchRecord b) {
        if (a.birthDate() == null || b.birthDate() == null) {
            return new Evidence("birthDate", Outcome.MISSING, 0);
        }
        if (a.birthDate().equals(b.birthDate())) {
            return new Evidence("birthDate", Outcome.AGREE, BIRTH_DATE_AGREE);
        }
        boolean transposed = a.birthDate().getYear() == b.birthDate().getYear()
                && a.birthDate().getDayOfMonth() == b.birthDate().getMonthValue()
                && a.birthDate().getMonthValue() == b.birthDate().getDayOfMonth();
        if (transposed) {
            return new Evidence("birthDate", Outcome.PARTIAL, BIRTH_DATE_DAY_MONTH_SWAPPED);
        }
        if (oneDigitApart(a.birthDate().toString(), b.birthDate().toString())) {
            return new Evidence("birthDate", Outcome.PARTIAL, BIRTH_DATE_ONE_DIGIT_APART);
        }
        return new Evidence("birthDate", Outcome.DISAGREE, BIRTH_DATE_DISAGREE);
    }

    /**
     * The property (UPRN) when both have one, else the postcode: one field, not two, because a household
     * shares both, and counting them apart made twins at one address look like one child.
     */
    private static Evidence address(MatchRecord a, MatchRecord b) {
        if (a.uprn() != null && b.uprn() != null) {
            if (a.uprn().equals(b.uprn())) {
                return new Evidence("address", Outcome.AGREE, PROPERTY_AGREE);
            }
            return Objects.equals(a.postcode(), b.postcode()) && a.postcode() != null
                    ? new Evidence("address", Outcome.PARTIAL, SAME_STREET)
                    : new Evidence("address", Outcome.DISAGREE, ADDRESS_DISAGREE);
        }
        if (a.postcode() == null || b.postcode() == null) {
            return new Evidence("address", Outcome.MISSING, 0);
        }
        if (a.postcode().equals(b.postcode())) {
            return new Evidence("address", Outcome.AGREE, POSTCODE_AGREE);
        }
        return Objects.equals(a.outwardCode(), b.outwardCode())
                ? new Evidence("address", Outcome.PARTIAL, OUTWARD_CODE_AGREE)
                : new Evidence("address", Outcome.DISAGREE, ADDRESS_DISAGREE);
    }

    private static Evidence simple(String field, Object a, Object b, double agree, double disagree) {
        if (a == null || b == null) {
            return new Evidence(field, Outcome.MISSING, 0);
        }
        return a.equals(b)
                ? new Evidence(field, Outcome.AGREE, agree)
                : new Evidence(field, Outcome.DISAGREE, disagree);
    }

    private static boolean oneDigitApart(String a, String b) {
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i) && ++differences > 1) {
                return false;
            }
        }
        return differences == 1;
    }

    /** Both hold a value of the same national system, and the values differ: two people. */
    private static boolean conflict(Map<String, String> a, Map<String, String> b) {
        return a.entrySet().stream()
                .anyMatch(e -> IdentifierSystems.isNational(e.getKey())
                        && b.containsKey(e.getKey())
                        && !b.get(e.getKey()).equals(e.getValue()));
    }
}
