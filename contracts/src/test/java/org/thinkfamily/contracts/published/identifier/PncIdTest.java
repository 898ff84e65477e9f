package org.thinkfamily.contracts.published.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PncIdTest {

    @Test
    void takes_two_and_four_digit_years_and_pads_a_short_serial() {
        assertThat(PncId.check("2004/0012345D").normalised()).isEqualTo("2004/0012345D");
        assertThat(PncId.check("04/0012345D").normalised()).isEqualTo("04/0012345D");
        assertThat(PncId.check("04/12345D").normalised()).isEqualTo("04/0012345D");
        assertThat(PncId.check("97/1234567w").normalised()).isEqualTo("97/1234567W");
    }

    @Test
    void names_the_check_letter_that_was_expected() {
        assertThat(PncId.check("2004/0012345E").problem())
                .isEqualTo("PNC id check letter is wrong: year and serial require check letter D");
    }

    @Test
    void says_what_is_wrong_with_the_form() {
        assertThat(PncId.check("2004-0012345D").problem()).contains("must be YY/NNNNNNNC or YYYY/NNNNNNNC");
        assertThat(PncId.check("204/0012345D").problem()).contains("must be YY/NNNNNNNC");
        assertThat(PncId.check("2004/00123456D").problem()).contains("must be YY/NNNNNNNC");
    }
}
