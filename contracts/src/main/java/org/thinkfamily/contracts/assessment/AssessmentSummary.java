package org.thinkfamily.contracts.assessment;

import java.time.Instant;
import java.util.List;

/** The family's assessment for the Think Family view: its current cycle and each participant's latest score. */
public record AssessmentSummary(String assessmentId, int cycle, List<LatestScore> latestScaling) {

    public AssessmentSummary {
        latestScaling = List.copyOf(latestScaling);
    }

    public record LatestScore(String participant, int score, Instant at) {}
}
