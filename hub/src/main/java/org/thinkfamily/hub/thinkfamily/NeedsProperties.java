package org.thinkfamily.hub.thinkfamily;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which signals meet which Supporting Families need, and how many needs put a family in scope for
 * targeted early help. The default mapping is the contract's, in application.yml; an authority changes it
 * there (docs/think-family-view.md). A need not listed is met by nothing.
 *
 * @param metBy     each need and the signals that meet it (any one of them)
 * @param inScopeAt the number of needs met from which a family is in scope for targeted early help
 */
@ConfigurationProperties("thinkfamily.needs")
record NeedsProperties(
        Map<Need, List<Signal>> metBy, @DefaultValue("3") int inScopeAt) {

    NeedsProperties {
        EnumMap<Need, List<Signal>> copy = new EnumMap<>(Need.class);
        if (metBy != null) {
            metBy.forEach((need, signals) -> copy.put(need, signals == null ? List.of() : List.copyOf(signals)));
        }
        metBy = copy;
        if (inScopeAt < 1) {
            throw new IllegalArgumentException("thinkfamily.needs.in-scope-at must be 1 or more, not " + inScopeAt);
        }
    }

    List<Signal> signalsMeeting(Need need) {
        return metBy.getOrDefault(need, List.of());
    }
}
