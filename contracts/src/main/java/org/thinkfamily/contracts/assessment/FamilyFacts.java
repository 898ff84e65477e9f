package org.thinkfamily.contracts.assessment;

import java.util.Set;

/**
 * What the hub knows of the family as a command about its assessment is sent: whether it is stepped down out
 * of early help, and the person ids of its children (only they have a child's voice in it).
 */
public record FamilyFacts(boolean closed, Set<String> children) {

    public FamilyFacts {
        children = children == null ? Set.of() : Set.copyOf(children);
    }
}
