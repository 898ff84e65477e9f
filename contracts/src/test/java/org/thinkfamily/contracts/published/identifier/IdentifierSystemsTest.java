package org.thinkfamily.contracts.published.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierSystemsTest {

    @Test
    void dispatches_each_known_system_to_its_rules() {
        assertThat(IdentifierSystems.check("nhs-number", "9434765870").isValid())
                .isTrue();
        assertThat(IdentifierSystems.check("upn", "B380200126001").isValid()).isTrue();
        assertThat(IdentifierSystems.check("ni-number", "AB123456C").isValid()).isTrue();
        assertThat(IdentifierSystems.check("pnc-id", "04/12345D").isValid()).isTrue();
        assertThat(IdentifierSystems.check("uprn", "100023336956").isValid()).isTrue();
        assertThat(IdentifierSystems.check("local:bradford-school-2001", "ADM-00042")
                        .isValid())
                .isTrue();
    }

    @Test
    void refuses_unknown_systems_and_badly_named_local_ones() {
        assertThat(IdentifierSystems.check("passport", "123").problem()).startsWith("unknown identifier system");
        assertThat(IdentifierSystems.check("local:", "123").problem()).startsWith("local identifier system");
        assertThat(IdentifierSystems.check("local:Bad Agency", "123").problem()).startsWith("local identifier system");
    }

    @Test
    void uprn_checks_digits_and_never_names_a_person() {
        assertThat(Uprn.check("1000233369561").problem()).isEqualTo("UPRN must be 1 to 12 digits");
        assertThat(Uprn.check("0").problem()).isEqualTo("UPRN cannot be zero");
        assertThat(Uprn.check("00123").normalised()).isEqualTo("123");
        assertThat(IdentifierSystems.identifiesPerson("uprn")).isFalse();
    }

    @Test
    void ranks_nhs_number_strongest_and_local_ids_weakest() {
        assertThat(IdentifierSystems.strength("nhs-number")).isGreaterThan(IdentifierSystems.strength("upn"));
        assertThat(IdentifierSystems.strength("upn")).isGreaterThan(IdentifierSystems.strength("pnc-id"));
        assertThat(IdentifierSystems.strength("pnc-id")).isGreaterThan(IdentifierSystems.strength("local:x"));
        assertThat(IdentifierSystems.strength("local:x")).isPositive();
    }
}
