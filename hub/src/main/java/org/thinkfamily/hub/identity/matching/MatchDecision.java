package org.thinkfamily.hub.identity.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The two thresholds of probabilistic matching: at or above {@code link}, the records are one person;
 * below {@code review}, two; between, a new person is registered provisionally and the pair goes to a
 * manager's review queue. Tune them from the accuracy benchmark, never by feel (README, "Matching").
 */
@ConfigurationProperties("thinkfamily.identity.match")
public record MatchDecision(
        @DefaultValue(MatchDecision.LINK) double link,
        @DefaultValue(MatchDecision.REVIEW) double review) {

    static final String LINK = "18";
    static final String REVIEW = "10";

    public enum Verdict {
        LINK,
        REVIEW,
        NEW_PERSON
    }

    public MatchDecision {
        if (review > link) {
            throw new IllegalArgumentException("the review threshold must not be above the link threshold");
        }
    }

    /** The thresholds the hub runs with unless configured otherwise. */
    public static MatchDecision defaults() {
        return new MatchDecision(Double.parseDouble(LINK), Double.parseDouble(REVIEW));
    }

    public Verdict decide(MatchScorer.Score score) {
        if (score.strongIdentifierConflict()) {
            return Verdict.NEW_PERSON; // never linked, whatever the score
        }
        return score.total() >= link ? Verdict.LINK : score.total() >= review ? Verdict.REVIEW : Verdict.NEW_PERSON;
    }
}
