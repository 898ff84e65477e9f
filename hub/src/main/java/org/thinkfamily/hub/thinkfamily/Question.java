package org.thinkfamily.hub.thinkfamily;

import java.util.List;

/** One of the Director's five questions answered from data: its status, the facts, and every event behind them. */
public record Question(QuestionStatus status, List<Fact> facts, List<String> eventIds) {

    public Question {
        facts = List.copyOf(facts);
        eventIds = List.copyOf(eventIds);
    }

    static Question notKnown() {
        return new Question(QuestionStatus.NOT_KNOWN, List.of(), List.of());
    }
}
