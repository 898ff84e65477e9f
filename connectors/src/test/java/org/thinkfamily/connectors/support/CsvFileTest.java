package org.thinkfamily.connectors.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    void reads_a_bom_crlf_columns_in_any_order_and_case_and_quoted_line_breaks() {
        String text = "\uFEFFName,UPN,Note\r\n\"Smith, Jane\",B380200126001,\"two\r\nlines\"\r\nTom,F383400125123,\r\n";
        CsvFile file = CsvFile.parse(text, Set.of("upn", "name"), Map.of());
        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(0).get("name")).isEqualTo("Smith, Jane");
        assertThat(file.rows().get(0).get("note")).isEqualTo("two\r\nlines");
        assertThat(file.rows().get(0).line()).isEqualTo(2);
        assertThat(file.rows().get(1).line()).isEqualTo(4);
        assertThat(file.rows().get(1).get("note")).isNull();
    }

    @Test
    void renames_columns_for_an_authority_whose_export_calls_them_otherwise() {
        CsvFile file = CsvFile.parse("NI_NUMBER,benefit\nAB123456C,UC\n", Set.of("nino"), Map.of("nino", "ni_number"));
        assertThat(file.rows().get(0).get("nino")).isEqualTo("AB123456C");
    }

    @Test
    void names_the_missing_columns() {
        assertThatThrownBy(() -> CsvFile.parse("a,b\n1,2\n", Set.of("upn", "mark", "a"), Map.of()))
                .hasMessage("the header lacks the column(s) [mark, upn]");
        assertThatThrownBy(() -> CsvFile.parse("", Set.of("upn"), Map.of())).hasMessage("the file has no header row");
    }

    @Test
    void refuses_a_quote_left_open() {
        assertThatThrownBy(() -> CsvFile.parse("a,b\n\"1,2\n", Set.of("a"), Map.of()))
                .hasMessageContaining("not readable as CSV");
    }

    @Test
    void gives_a_rows_raw_text_with_its_header_so_it_can_be_read_again_alone() {
        CsvFile file = CsvFile.parse("a,b\n\"x, y\",2\n", Set.of("a"), Map.of());
        String raw = file.rows().get(0).rawText();
        assertThat(CsvFile.parse(raw, Set.of("a"), Map.of()).rows().get(0).get("a"))
                .isEqualTo("x, y");
    }

    @Test
    void refuses_bytes_that_are_not_utf8() {
        assertThatThrownBy(() -> Utf8.strict(new byte[] {'a', (byte) 0xE9, 'b'}))
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void reads_uk_dates_and_local_times_with_summer_time() {
        assertThat(UkTime.date("02/03/2015")).isEqualTo(UkTime.date("2015-03-02"));
        assertThatThrownBy(() -> UkTime.date("31/02/2026")).hasMessageContaining("yyyy-MM-dd or dd/MM/yyyy");
        assertThat(UkTime.instant(UkTime.date("2026-07-01"), UkTime.time("10:00"))
                        .toString())
                .isEqualTo("2026-07-01T09:00:00Z");
        assertThat(UkTime.instant(UkTime.date("2026-12-01"), UkTime.time("10:00"))
                        .toString())
                .isEqualTo("2026-12-01T10:00:00Z");
    }
}
