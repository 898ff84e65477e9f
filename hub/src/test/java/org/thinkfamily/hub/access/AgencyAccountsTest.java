package org.thinkfamily.hub.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.thinkfamily.contracts.published.canonical.Sector;

class AgencyAccountsTest {

    @Test
    void a_client_bound_to_an_agency_code_sends_only_under_it() {
        var bound = new TestingAuthenticationToken(
                "niche-rms",
                "x",
                "ROLE_AGENCY",
                AgencyAccounts.authorityOf(Sector.POLICE),
                AgencyAccounts.authorityOf("west-yorkshire-police"));
        assertThat(AgencyAccounts.maySendAs(bound, "west-yorkshire-police")).isTrue();
        assertThat(AgencyAccounts.maySendAs(bound, "north-yorkshire-police")).isFalse();
        assertThat(AgencyAccounts.maySendFor(bound, Sector.POLICE)).isTrue();
        assertThat(AgencyAccounts.maySendFor(bound, Sector.EDUCATION)).isFalse();
    }

    @Test
    void a_demo_agency_account_may_use_any_code_of_its_sector() {
        var demo =
                new TestingAuthenticationToken("police", "x", "ROLE_AGENCY", AgencyAccounts.authorityOf(Sector.POLICE));
        assertThat(AgencyAccounts.maySendAs(demo, "west-yorkshire-police")).isTrue();
        assertThat(AgencyAccounts.maySendAs(demo, "north-yorkshire-police")).isTrue();
    }

    @Test
    void a_practitioner_carries_the_agency_they_work_for() {
        var dsl = new TestingAuthenticationToken(
                "dsl", "x", "ROLE_PRACTITIONER", AgencyAccounts.authorityOf("bradford-school"));
        assertThat(AgencyAccounts.agencyOf(dsl)).contains("bradford-school");
        assertThat(AgencyAccounts.sectorsOf(dsl)).isEmpty();
        assertThat(AgencyAccounts.agencyOf(new TestingAuthenticationToken("manager", "x", "ROLE_MANAGER")))
                .isEmpty();
    }
}
