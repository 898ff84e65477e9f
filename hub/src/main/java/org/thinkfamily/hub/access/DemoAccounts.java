package org.thinkfamily.hub.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.thinkfamily.contracts.published.canonical.Sector;

/**
 * The demo accounts of the contract, on the embedded default (no profile) and with the {@code demo}
 * profile only. Any other run has no accounts here: production signs people in through the
 * authority's identity provider.
 */
@Configuration
@ConditionalOnWebApplication
@Profile({"default", "demo"})
class DemoAccounts {

    static final Map<String, Set<Sector>> AGENCIES = Map.of(
            "nhs",
            Set.of(Sector.HEALTH),
            "school",
            Set.of(Sector.EDUCATION),
            "police",
            Set.of(Sector.POLICE),
            "yot",
            Set.of(Sector.YOUTH_JUSTICE),
            "dwp",
            Set.of(Sector.BENEFITS),
            "socialcare",
            Set.of(Sector.SOCIAL_CARE, Sector.EARLY_HELP),
            "housing",
            Set.of(Sector.HOUSING));

    /** Practitioners and the agency each works for (configured agency codes of the demo). */
    static final Map<String, String> PRACTITIONERS = Map.of("dsl", "bradford-school", "hv", "bradford-health-visiting");

    @Bean
    UserDetailsService demoUsers(PasswordEncoder passwords) {
        List<UserDetails> users = new java.util.ArrayList<>(List.of(
                person(passwords, "lead", Roles.LEAD),
                person(passwords, "manager", Roles.MANAGER, Roles.RESTRICTED_READER),
                person(passwords, "auditor", Roles.AUDITOR, Roles.RESTRICTED_READER, Roles.ERASER),
                person(passwords, "metrics", Roles.METRICS)));
        AGENCIES.forEach((name, sectors) -> users.add(User.withUsername(name)
                .password(passwords.encode(name + "-demo"))
                .authorities(Stream.concat(
                                Stream.of("ROLE_" + Roles.AGENCY),
                                sectors.stream().map(AgencyAccounts::authorityOf))
                        .toArray(String[]::new))
                .build()));
        PRACTITIONERS.forEach((name, agency) -> users.add(User.withUsername(name)
                .password(passwords.encode(name + "-demo"))
                .authorities("ROLE_" + Roles.PRACTITIONER, AgencyAccounts.authorityOf(agency))
                .build()));
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails person(PasswordEncoder passwords, String name, String... roles) {
        return User.withUsername(name)
                .password(passwords.encode(name + "-demo"))
                .roles(roles)
                .build();
    }
}
