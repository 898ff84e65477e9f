package org.thinkfamily.hub.identity.matching;

/**
 * Decides who a record is from the people blocking found: the best-scoring candidate that holds no
 * conflicting strong identifier, and the verdict its score earns. The hub and the matching benchmark
 * both decide here, so the benchmark measures what the hub does.
 */
public final class PersonMatcher {

    /** A person the record might be, as the index holds them. */
    public record Candidate(String personId, MatchRecord record) {}

    /** The verdict, and when there was a candidate worth scoring, who and why. */
    public record Match(MatchDecision.Verdict verdict, String personId, MatchScorer.Score score) {

        static final Match NONE = new Match(MatchDecision.Verdict.NEW_PERSON, null, null);
    }

    private final MatchScorer scorer = new MatchScorer();
    private final MatchDecision thresholds;

    public PersonMatcher(MatchDecision thresholds) {
        this.thresholds = thresholds;
    }

    public Match match(MatchRecord incoming, Iterable<Candidate> candidates) {
        Candidate best = null;
        MatchScorer.Score bestScore = null;
        for (Candidate candidate : candidates) {
            MatchScorer.Score score = scorer.score(incoming, candidate.record());
            if (!score.strongIdentifierConflict() && (bestScore == null || score.total() > bestScore.total())) {
                best = candidate;
                bestScore = score;
            }
        }
        return best == null ? Match.NONE : new Match(thresholds.decide(bestScore), best.personId(), bestScore);
    }
}
