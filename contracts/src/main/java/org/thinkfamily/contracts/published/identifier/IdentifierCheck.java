package org.thinkfamily.contracts.published.identifier;

import java.util.Optional;

/**
 * The outcome of checking one identifier value: either valid, with the value in its normal form,
 * or invalid, with a reason a person can act on. Reasons never repeat the value itself, so they
 * are safe to log and to return to the sending agency.
 */
public record IdentifierCheck(String normalised, String problem, boolean testRange) {

    public static IdentifierCheck valid(String normalised) {
        return new IdentifierCheck(normalised, null, false);
    }

    public static IdentifierCheck validTestRange(String normalised) {
        return new IdentifierCheck(normalised, null, true);
    }

    public static IdentifierCheck invalid(String problem) {
        return new IdentifierCheck(null, problem, false);
    }

    public boolean isValid() {
        return problem == null;
    }

    public Optional<String> problemText() {
        return Optional.ofNullable(problem);
    }
}
