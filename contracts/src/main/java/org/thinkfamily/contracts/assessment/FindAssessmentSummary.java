package org.thinkfamily.contracts.assessment;

import java.time.Instant;

/** Query: the family's assessment in brief ({@link AssessmentSummary}), or an empty answer when it has none;
 * with {@code asAt}, as the hub knew it then (null for now). */
public record FindAssessmentSummary(String familyId, Instant asAt) {

    public FindAssessmentSummary(String familyId) {
        this(familyId, null);
    }
}
