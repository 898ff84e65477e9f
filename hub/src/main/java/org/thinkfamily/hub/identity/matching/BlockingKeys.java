package org.thinkfamily.hub.identity.matching;

import java.time.LocalDate;
import org.apache.commons.codec.language.Soundex;

/**
 * The blocking keys of probabilistic matching, in one place for the hub's person directory and for the
 * matching benchmark: only people sharing a key with a record are scored against it. A record is
 * compared with those of the same birth date, of its birth date with day and month swapped, and of the
 * same family-name sound born the same year.
 */
public final class BlockingKeys {

    /**
     * The most candidates a record is scored against, for the hub and the benchmark alike: blocking on a common
     * surname must not make one record cost thousands of scores.
     */
    public static final int MAX_CANDIDATES = 200;

    private static final Soundex SOUNDEX = new Soundex();

    private BlockingKeys() {}

    /** The birth date with day and month swapped, or the date itself when the swap is no date. */
    public static LocalDate swappedBirthDate(LocalDate birth) {
        return birth.getDayOfMonth() <= 12
                ? LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue())
                : birth;
    }

    /** The blocking key of a family name: its Soundex code, or null. */
    public static String familyKey(String family) {
        String normal = MatchRecord.normalise(family);
        if (normal == null) {
            return null;
        }
        try {
            String code = SOUNDEX.encode(normal.replace(" ", ""));
            return code == null || code.isEmpty() ? null : code;
        } catch (IllegalArgumentException unmappable) {
            return null;
        }
    }
}
