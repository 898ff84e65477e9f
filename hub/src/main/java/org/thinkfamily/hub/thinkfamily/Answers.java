package org.thinkfamily.hub.thinkfamily;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The Think Family view's answers from data: the five questions, the ten needs in the framework's order,
 * and whether enough needs are met for targeted early help.
 */
public record Answers(Questions questions, List<NeedMet> needs, boolean inScopeForTargetedEarlyHelp) {

    public Answers {
        needs = List.copyOf(needs);
    }

    /** How many needs are met (the families list shows it). */
    @JsonIgnore
    public int needsMet() {
        return (int) needs.stream().filter(NeedMet::met).count();
    }
}
