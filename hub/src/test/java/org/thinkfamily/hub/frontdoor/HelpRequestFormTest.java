package org.thinkfamily.hub.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelpRequestFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static Map<String, String> complete() {
        Map<String, String> posted = new HashMap<>();
        posted.put("aboutName", " Sam Jones ");
        posted.put("aboutPostcode", "bd1 1aa");
        posted.put("yourName", "Pat");
        posted.put("yourContact", "pat@example.org");
        posted.put("worry", "Left alone at night");
        return posted;
    }

    @Test
    void a_complete_request_without_a_date_of_birth_has_no_errors() {
        HelpRequestForm form = HelpRequestForm.of(complete());
        assertThat(form.errors(TODAY)).isEmpty();
        assertThat(form.toRequest().aboutName()).isEqualTo("Sam Jones");
        assertThat(form.toRequest().aboutPostcode()).isEqualTo("BD1 1AA");
        assertThat(form.toRequest().aboutDateOfBirth()).isNull();
        assertThat(form.trapFilled()).isFalse();
    }

    @Test
    void blank_fields_are_missing_in_the_order_of_the_page() {
        Map<String, String> posted = complete();
        posted.put("worry", "  \n ");
        posted.put("aboutName", "");
        assertThat(HelpRequestForm.of(posted).errors(TODAY))
                .containsExactly(
                        Map.entry("aboutName", "Enter the name of the person who needs help"),
                        Map.entry("worry", "Tell us what you are worried about"));
    }

    @Test
    void a_date_of_birth_is_whole_real_past_and_after_1900() {
        assertThat(dateError("2", "3", "2015")).isNull();
        assertThat(dateError("2", "", "2015")).startsWith("Date of birth must include a day, month and year");
        assertThat(dateError("31", "2", "2015")).isEqualTo("Date of birth must be a real date");
        assertThat(dateError("x", "2", "2015")).isEqualTo("Date of birth must be a real date");
        assertThat(dateError("1", "1", "99999999999")).isEqualTo("Date of birth must be a real date");
        assertThat(dateError("30", "11", "2026")).isEqualTo("Date of birth must be in the past");
        assertThat(dateError("31", "12", "1899")).isEqualTo("Date of birth must be after 1900");
        Map<String, String> posted = complete();
        posted.putAll(
                Map.of("aboutDateOfBirth-day", "2", "aboutDateOfBirth-month", "3", "aboutDateOfBirth-year", "2015"));
        assertThat(HelpRequestForm.of(posted).toRequest().aboutDateOfBirth()).isEqualTo(LocalDate.of(2015, 3, 2));
    }

    @Test
    void over_long_answers_and_odd_postcodes_are_refused() {
        Map<String, String> posted = complete();
        posted.put("worry", "x".repeat(HelpRequestForm.MAX_WORRY + 1));
        posted.put("aboutPostcode", "<script>");
        assertThat(HelpRequestForm.of(posted).errors(TODAY)).containsOnlyKeys("worry", "aboutPostcode");
    }

    @Test
    void anything_in_the_trap_field_marks_a_bot() {
        Map<String, String> posted = complete();
        posted.put("website", "http://spam.example");
        assertThat(HelpRequestForm.of(posted).trapFilled()).isTrue();
    }

    private static String dateError(String day, String month, String year) {
        Map<String, String> posted = complete();
        posted.putAll(
                Map.of("aboutDateOfBirth-day", day, "aboutDateOfBirth-month", month, "aboutDateOfBirth-year", year));
        return HelpRequestForm.of(posted).errors(TODAY).get("aboutDateOfBirth-day");
    }
}
