package org.thinkfamily.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The identity pages say codes in plain words. */
class IdentityLabelsTest {

    @Test
    void the_pages_show_codes_in_plain_words() {
        assertThat(IdentityLabels.field("birthDate")).isEqualTo("Date of birth");
        assertThat(IdentityLabels.field("address")).isEqualTo("Address (property, or postcode and street)");
        assertThat(IdentityLabels.system("local:school-3802001")).isEqualTo("Local id (school-3802001)");
        assertThat(IdentityLabels.decision("LINKED:REVIEW_CONFIRMED")).isEqualTo("Linked (review confirmed)");
        assertThat(IdentityLabels.decision("CONFLICT:nhs-number")).isEqualTo("Identifier conflict (NHS number)");
        assertThat(IdentityLabels.outcomeTag("SOMETHING_NEW")).isEqualTo("govuk-tag--grey");
    }
}
