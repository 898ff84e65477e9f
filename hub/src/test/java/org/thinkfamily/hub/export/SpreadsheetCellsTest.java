package org.thinkfamily.hub.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void a_cell_a_spreadsheet_would_run_is_written_as_text() {
        assertThat(SpreadsheetCells.text("=HYPERLINK(\"http://evil.example\",\"Jane\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Jane\")");
        assertThat(SpreadsheetCells.text("+1+1")).isEqualTo("'+1+1");
        assertThat(SpreadsheetCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.text("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
        assertThat(SpreadsheetCells.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetCells.text("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void ordinary_text_is_left_as_it_is() {
        assertThat(SpreadsheetCells.text("Jane")).isEqualTo("Jane");
        assertThat(SpreadsheetCells.text("O'Brien")).isEqualTo("O'Brien");
        assertThat(SpreadsheetCells.text("Smith-Jones")).isEqualTo("Smith-Jones");
        assertThat(SpreadsheetCells.text("")).isEmpty();
        assertThat(SpreadsheetCells.text(null)).isNull();
    }
}
