package org.thinkfamily.replay.matching;

import java.util.Set;
import org.thinkfamily.hub.identity.matching.MatchRecord;

/**
 * A record an agency sends about someone, with the truth the benchmark knows: who it is about (a person
 * in the index, or someone the index does not hold yet, {@code indexed} false), where they live
 * ({@code household}, to tell a link to a twin or a sibling), and what the agency got wrong.
 */
public record AgencyRecord(
        MatchRecord record,
        String personId,
        boolean indexed,
        Origin origin,
        int household,
        Set<Distortion> distortions) {

    /** Who the record is about. */
    public enum Origin {
        INDEXED("a person the index holds"),
        NEWCOMER("someone new to the area, in a household the index does not know"),
        NEW_SIBLING("a new child in a household the index knows: same surname and address, another birth date"),
        NEW_TWIN_SAME_SEX(
                "the twin of a child the index holds, of the same sex: same birth date, surname and address, another given name"),
        NEW_TWIN_OTHER_SEX("the twin of a child the index holds, of the other sex"),
        NEW_ADULT("an adult joining a household the index knows");

        private final String description;

        Origin(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public AgencyRecord {
        distortions = Set.copyOf(distortions);
        if (indexed != (origin == Origin.INDEXED)) {
            throw new IllegalArgumentException("only records of indexed people are INDEXED");
        }
    }
}
