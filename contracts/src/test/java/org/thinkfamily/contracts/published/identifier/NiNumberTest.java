package org.thinkfamily.contracts.published.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NiNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"AB123456C", "ab 12 34 56 c", "JG103759A", "CE123456D"})
    void takes_valid_numbers_in_any_case_and_spacing(String value) {
        IdentifierCheck check = NiNumber.check(value);
        assertThat(check.isValid()).as(check.problem()).isTrue();
        assertThat(check.normalised()).matches("[A-Z]{2}\\d{6}[A-D]");
    }

    @ParameterizedTest
    @CsvSource({
        "DA123456A, cannot start with D, F, I, Q, U or V",
        "QQ123456C, cannot start with D, F, I, Q, U or V",
        "AO123456A, second letter cannot be D, F, I, O, Q, U or V",
        "GB123456A, prefix GB is never issued",
        "ZZ123456A, prefix ZZ is never issued",
        "NT123456A, prefix NT is never issued",
        "AB123456E, suffix must be A, B, C or D",
        "AB12345C, must be two letters, six digits and a suffix letter"
    })
    void says_which_rule_is_broken(String value, String reason) {
        assertThat(NiNumber.check(value).problem()).contains(reason);
    }
}
