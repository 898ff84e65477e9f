package org.thinkfamily.hub.export;

/**
 * The one rule for every CSV or spreadsheet the hub writes: a cell that a spreadsheet program would run as
 * a formula ({@code =HYPERLINK(...)} typed as a child's name by whoever filled in a form) is written as
 * text, with a leading apostrophe, so opening an export never runs what an agency or the public sent.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || first == '\uFF1D'
                || first == '\uFF0B'
                || first == '\uFF0D'
                || first == '\uFF20'; // full-width forms too
        return formula ? "'" + value : value;
    }
}
