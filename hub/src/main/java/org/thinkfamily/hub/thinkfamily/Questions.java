package org.thinkfamily.hub.thinkfamily;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.stream.Stream;

/** The Director's five questions, keyed as the contract has them. */
public record Questions(
        Question priorities,
        Question healthSafeguarding,
        Question schoolAttendance,
        Question crimeAntiSocialBehaviour,
        Question work) {

    /** How many of the five are a concern (the families list shows it). */
    @JsonIgnore
    public int concerns() {
        return (int) Stream.of(priorities, healthSafeguarding, schoolAttendance, crimeAntiSocialBehaviour, work)
                .filter(q -> q.status() == QuestionStatus.CONCERN)
                .count();
    }
}
