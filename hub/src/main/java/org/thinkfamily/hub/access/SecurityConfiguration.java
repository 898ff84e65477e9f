package org.thinkfamily.hub.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

import java.util.Map;

/**
 * Two chains. Machines and scripts use {@code /api/**}, {@code /fhir/**} and the actuator: stateless
 * HTTP Basic, no CSRF (no cookies to forge), a plain 401 on failure. People use the web UI: a login
 * form and a session, with CSRF protection (every form posts its token). Only the health check, the
 * sign-in page and the styles are open.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Think Family Hub");
        return http
                .securityMatcher("/api/**", "/fhir/**", "/actuator/**", "/v3/api-docs/**", "/error")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(basic))
                .exceptionHandling(e -> e.authenticationEntryPoint(basic))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/events").hasRole(Roles.AGENCY)
                        .requestMatchers(HttpMethod.GET, "/api/v1/families/**", "/api/v1/people/**")
                            .hasAnyRole(Roles.LEAD, Roles.MANAGER, Roles.AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/v1/families/*/lead-professional", "/api/v1/families/*/members",
                                "/api/v1/families/*/merge").hasRole(Roles.MANAGER)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/families/*/members/*").hasRole(Roles.MANAGER)
                        .requestMatchers("/api/v1/audit/**").hasRole(Roles.AUDITOR)
                        .requestMatchers("/api/v1/identity/**", "/api/v1/people/*/links", "/api/v1/people/*/links/**")
                            .hasRole(Roles.MANAGER)
                        .requestMatchers("/api/v1/dead-letters/**").hasAnyRole(Roles.MANAGER, Roles.AGENCY)
                        .requestMatchers(HttpMethod.POST, "/api/v1/connectors/**").hasRole(Roles.AGENCY)
                        .anyRequest().authenticated())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/identity/**").hasRole(Roles.MANAGER)
                        .requestMatchers("/people/**").hasAnyRole(Roles.LEAD, Roles.MANAGER, Roles.AUDITOR)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), request -> "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))))
                .build();
    }

    /** BCrypt at a low cost: every API call is authenticated afresh (stateless), so hashing is on the hot path. */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(6)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }

    /** Without the demo accounts, no one: never Spring's generated default user. */
    @Bean
    @Profile("!default & !demo")
    UserDetailsService noLocalAccounts() {
        return new InMemoryUserDetailsManager();
    }
}
