package org.thinkfamily.contracts.published.canonical;

import java.util.List;

/**
 * One field of an event type's {@code details}: its name, kind, whether it is required, and for codes
 * the known values. An open code list ({@code open}) also takes other upper-case codes, as the
 * contract says ("other").
 */
public record DetailField(String name, Kind kind, boolean required, List<String> codes, boolean open) {

    public enum Kind {
        TEXT,
        DATE,
        DATE_TIME,
        COUNT,
        BOOLEAN,
        CODE,
        CODE_LIST
    }

    static DetailField required(String name, Kind kind) {
        return new DetailField(name, kind, true, List.of(), false);
    }

    static DetailField optional(String name, Kind kind) {
        return new DetailField(name, kind, false, List.of(), false);
    }

    static DetailField code(String name, boolean open, String... codes) {
        return new DetailField(name, Kind.CODE, true, List.of(codes), open);
    }
}
