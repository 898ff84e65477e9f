package org.thinkfamily.contracts.published.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpnTest {

    @ParameterizedTest
    @ValueSource(strings = {"B380200126001", "F383400125123", "b380200126001"})
    void takes_valid_permanent_upns(String value) {
        IdentifierCheck check = Upn.check(value);
        assertThat(check.isValid()).as(check.problem()).isTrue();
        assertThat(check.normalised()).isEqualTo(value.toUpperCase());
        assertThat(Upn.isTemporary(check.normalised())).isFalse();
    }

    @Test
    void takes_a_temporary_upn_ending_in_a_letter() {
        IdentifierCheck check = Upn.check("L20120011900A");
        assertThat(check.isValid()).as(check.problem()).isTrue();
        assertThat(Upn.isTemporary(check.normalised())).isTrue();
    }

    @Test
    void names_the_check_letter_that_was_expected() {
        assertThat(Upn.check("C380200126001").problem())
                .isEqualTo("UPN check letter is wrong: characters 2 to 13 require check letter B");
    }

    @Test
    void refuses_an_authority_code_that_is_no_local_authority() {
        assertThat(Upn.check("G999200126001").problem())
                .isEqualTo("UPN local authority code 999 is not a known local authority number");
    }

    @Test
    void says_what_is_wrong_with_the_form() {
        assertThat(Upn.check("B38020012600").problem()).isEqualTo("UPN must have 13 characters, found 12");
        assertThat(Upn.check("I380200126001").problem()).contains("must start with a check letter");
        assertThat(Upn.check("N380200126B01").problem()).contains("characters 2 to 12 must be digits (character 11");
        assertThat(Upn.check("B38020012600I").problem()).contains("character 13");
    }

    @Test
    void knows_authorities_since_reorganised() {
        assertThat(LocalAuthorityCodes.isKnown("909")).isTrue(); // Cumbria, in UPNs issued before 2023
        assertThat(LocalAuthorityCodes.name("380")).isEqualTo("Bradford");
    }
}
