package org.thinkfamily.hub.thinkfamily;

import java.util.List;

/** Whether the family has a Supporting Families need, and the events of the signals that meet it. */
public record NeedMet(Need need, boolean met, List<String> eventIds) {

    public NeedMet {
        eventIds = List.copyOf(eventIds);
    }
}
