package org.thinkfamily.hub.thinkfamily;

import java.util.List;

/**
 * One thing the data says about one member, in plain words (never a name; "A restricted record" when it
 * rests on a restricted record), with the events behind it; {@code concern} when it makes its question a concern.
 */
public record Fact(String personId, String text, List<String> eventIds, boolean concern) {

    public Fact {
        eventIds = List.copyOf(eventIds);
    }
}
