package org.thinkfamily.contracts.assessment;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts the family's assessment, or finds the live one: answers {@link AssessmentStart}. The assessment's id
 * is derived from the family's, so two people starting one at the same moment, on any node, name the same
 * assessment and only one start is stored.
 */
public record StartAssessment(
        @TargetAggregateIdentifier String assessmentId, String familyId, Contributor by, boolean familyClosed) {

    public static StartAssessment forFamily(String familyId, Contributor by, boolean familyClosed) {
        return new StartAssessment(idOf(familyId), familyId, by, familyClosed);
    }

    /** The id of the one assessment of a family. */
    public static String idOf(String familyId) {
        return UUID.nameUUIDFromBytes(("assessment:" + familyId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
