package org.thinkfamily.contracts.assessment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ScoreRecorded(
        String assessmentId, String scoreId, int score, String participant, String author, String agency) {}
