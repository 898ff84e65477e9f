package org.thinkfamily.contracts.published.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765870", "943 476 5870", " 943 476 5870 ", "4010232137", "4857773457"})
    void takes_valid_numbers_with_or_without_the_3_3_4_spacing(String value) {
        IdentifierCheck check = NhsNumber.check(value);
        assertThat(check.isValid()).isTrue();
        assertThat(check.normalised()).hasSize(10).doesNotContain(" ");
        assertThat(check.testRange()).isFalse();
    }

    @Test
    void names_the_check_digit_that_was_expected() {
        assertThat(NhsNumber.check("9434765871").problem())
                .isEqualTo("NHS number check digit is wrong: the first nine digits require check digit 0");
    }

    @Test
    void refuses_a_number_whose_check_value_is_10() {
        assertThat(NhsNumber.check("1234567890").problem()).contains("check value 10");
        assertThat(NhsNumber.check("9990000000").isValid()).isFalse();
    }

    @Test
    void says_what_is_wrong_with_the_form() {
        assertThat(NhsNumber.check("943476587").problem()).isEqualTo("NHS number must have 10 digits, found 9");
        assertThat(NhsNumber.check("94347658700").problem()).isEqualTo("NHS number must have 10 digits, found 11");
        assertThat(NhsNumber.check("943-476-5870").problem()).contains("only digits");
        assertThat(NhsNumber.check("").problem()).isEqualTo("NHS number is empty");
        assertThat(NhsNumber.check(null).problem()).isEqualTo("NHS number is empty");
    }

    @Test
    void flags_the_999_test_range_including_the_placeholder() {
        assertThat(NhsNumber.check("9999999999").testRange()).isTrue();
        assertThat(NhsNumber.check("9999999999").isValid()).isTrue();
    }

    @Test
    void never_repeats_the_value_in_its_reasons() {
        assertThat(NhsNumber.check("9434765871").problem())
                .doesNotContain("9434765871")
                .doesNotContain("943476587");
    }
}
