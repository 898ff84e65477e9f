package org.thinkfamily.hub.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.thinkfamily.contracts.canonical.Sector;

import java.util.List;
import java.util.Map;

/**
 * The demo accounts of the contract, on the embedded default (no profile) and with the {@code demo}
 * profile only. Any other run has no accounts here: production signs people in through the
 * authority's identity provider.
 */
@Configuration
@ConditionalOnWebApplication
@Profile({"default", "demo"})
class DemoAccounts {

    static final Map<String, Sector> AGENCIES = Map.of(
            "nhs", Sector.HEALTH, "school", Sector.EDUCATION, "police", Sector.POLICE,
            "yot", Sector.YOUTH_JUSTICE, "dwp", Sector.BENEFITS);

    @Bean
    UserDetailsService demoUsers(PasswordEncoder passwords) {
        List<UserDetails> users = new java.util.ArrayList<>(List.of(
                person(passwords, "lead", Roles.LEAD),
                person(passwords, "manager", Roles.MANAGER, Roles.RESTRICTED_READER),
                person(passwords, "auditor", Roles.AUDITOR, Roles.RESTRICTED_READER),
                person(passwords, "metrics", Roles.METRICS)));
        AGENCIES.forEach((name, sector) -> users.add(User.withUsername(name)
                .password(passwords.encode(name + "-demo"))
                .authorities("ROLE_" + Roles.AGENCY, AgencyAccounts.authorityOf(sector))
                .build()));
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails person(PasswordEncoder passwords, String name, String... roles) {
        return User.withUsername(name).password(passwords.encode(name + "-demo")).roles(roles).build();
    }
}
