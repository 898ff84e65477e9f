package org.thinkfamily.connectors.support;

import java.util.List;
import java.util.Set;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.Sector;

/** How one file layout maps to canonical events: its columns, and one record from one or more rows. */
public interface RowLayout {

    /** The connector's name: its inbox folder, its dead letters' door, its metrics' tag. */
    String connector();

    Sector sector();

    Set<String> requiredColumns();

    /** Rows with the same key are one record (several children of one police notification); null: each row alone. */
    default String groupKey(Fields row) {
        return null;
    }

    /**
     * @param rows         the rows of one record, in file order
     * @param agency       the configured agency code of this drop, or null
     * @throws RecordProblem naming the field at fault
     */
    CanonicalEvent map(List<? extends Fields> rows, String agency);
}
