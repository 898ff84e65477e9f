package org.thinkfamily.hub.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Two chains. Machines and scripts use {@code /api/**}, {@code /fhir/**} and the actuator: stateless
 * HTTP Basic, no CSRF (no cookies to forge), a plain 401 on failure. People use the web UI: a login
 * form and a session, with CSRF protection (every form posts its token). Only the health check, the
 * sign-in page, the styles and the public's request-for-help form are open.
 */
@Configuration
@ConditionalOnWebApplication
@EnableConfigurationProperties(SiteProperties.class)
class SecurityConfiguration {

    /** What every page may load: only the hub's own scripts, styles, fonts and images; no frames, no plugins. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            SignInThrottle throttle,
            SiteProperties site,
            ObjectProvider<JwtDecoder> identityProvider)
            throws Exception {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Think Family Hub");
        // with an issuer or a public key configured (spring.security.oauth2.resourceserver.jwt.*), bearer tokens too
        JwtDecoder decoder = identityProvider.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(
                    server -> server.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new TokenClaims())));
        }
        return http.securityMatcher("/api/**", "/fhir/**", "/actuator/**", "/v3/api-docs/**", "/error")
                .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .addFilterBefore(new ForeignOriginFilter(site.baseUrl()), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(basic))
                .exceptionHandling(e -> e.authenticationEntryPoint(basic))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAnyRole(Roles.MANAGER, Roles.METRICS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/events")
                        .hasRole(Roles.AGENCY)
                        .requestMatchers(HttpMethod.POST, "/api/v1/families/*/assessment", "/api/v1/assessments/**")
                        .hasAnyRole(Roles.LEAD, Roles.PRACTITIONER, Roles.MANAGER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/assessments/**")
                        .hasAnyRole(Roles.LEAD, Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/families/**")
                        .hasAnyRole(Roles.LEAD, Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/v1/people/*/erase")
                        .hasRole(Roles.AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/people/*/export")
                        .hasRole(Roles.AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/people/**")
                        .hasAnyRole(Roles.LEAD, Roles.MANAGER, Roles.AUDITOR)
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/families/*/lead-professional",
                                "/api/v1/families/*/members",
                                "/api/v1/families/*/merge",
                                "/api/v1/families/*/tier",
                                "/api/v1/families/*/close")
                        .hasRole(Roles.MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/v1/families/*/team")
                        .hasAnyRole(Roles.LEAD, Roles.MANAGER)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/families/*/team/*")
                        .hasAnyRole(Roles.LEAD, Roles.MANAGER)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/families/*/members/*")
                        .hasRole(Roles.MANAGER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/break-glass")
                        .hasAnyRole(Roles.MANAGER, Roles.AUDITOR)
                        .requestMatchers("/api/v1/audit/**")
                        .hasRole(Roles.AUDITOR)
                        .requestMatchers("/api/v1/identity/**", "/api/v1/people/*/links", "/api/v1/people/*/links/**")
                        .hasRole(Roles.MANAGER)
                        .requestMatchers("/api/v1/dead-letters/**")
                        .hasAnyRole(Roles.MANAGER, Roles.AGENCY)
                        .requestMatchers("/api/v1/projection-failures/**")
                        .hasRole(Roles.MANAGER)
                        .requestMatchers("/api/v1/contacts", "/api/v1/contacts/**")
                        .hasRole(Roles.MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/v1/connectors/**")
                        .hasRole(Roles.AGENCY)
                        .anyRequest()
                        .authenticated())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(
            HttpSecurity http,
            SignInThrottle throttle,
            SiteProperties site,
            ObjectProvider<ClientRegistrationRepository> identityProviders)
            throws Exception {
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
        signIn.setFavorRelativeUris(true);
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // with a client registration (spring.security.oauth2.client.registration.*), people sign in there too (OIDC)
        if (identityProviders.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new IdentityProviderPeople()))
                    .successHandler((request, response, authentication) ->
                            response.sendRedirect(site.redirect(pathOfSavedRequest(requestCache, request, response))))
                    .failureHandler((request, response, failure) ->
                            response.sendRedirect(site.redirect("/login?error=provider"))));
        }
        return http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .requestCache(cache -> cache.requestCache(requestCache))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico")
                        .permitAll()
                        // the public asks for help without signing in (CSRF-protected form, rate-limited per address)
                        .requestMatchers("/request-help")
                        .permitAll()
                        .requestMatchers("/identity/**", "/dead-letters/**", "/contacts/**")
                        .hasRole(Roles.MANAGER)
                        .requestMatchers("/people/**")
                        .hasAnyRole(Roles.LEAD, Roles.MANAGER, Roles.AUDITOR)
                        .requestMatchers("/families/**")
                        .hasAnyRole(Roles.LEAD, Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR)
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            response.sendRedirect(site.redirect(pathOfSavedRequest(requestCache, request, response)));
                        })
                        .failureHandler(
                                (request, response, failure) -> response.sendRedirect(site.redirect("/login?error"))))
                .logout(logout -> logout.logoutSuccessHandler(
                        (request, response, authentication) -> response.sendRedirect(site.redirect("/login?logout"))))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                request -> "XMLHttpRequest".equals(request.getHeader("X-Requested-With")))
                        .defaultAuthenticationEntryPointFor(
                                site.baseUrl() == null || site.baseUrl().isBlank()
                                        ? signIn
                                        : (request, response, failure) ->
                                                response.sendRedirect(site.redirect("/login")),
                                request -> true))
                .build();
    }

    /**
     * Where to go after signing in: the page asked for before, by its path only. The saved request's full
     * URL carries the Host header it came with, which a link from elsewhere can set to any site.
     */
    private static String pathOfSavedRequest(
            HttpSessionRequestCache cache, HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = cache.getRequest(request, response);
        cache.removeRequest(request, response);
        if (saved == null) {
            return "/";
        }
        URI uri = URI.create(saved.getRedirectUrl());
        String path = uri.getRawPath() == null
                        || uri.getRawPath().isEmpty()
                        || !uri.getRawPath().startsWith("/")
                ? "/"
                : uri.getRawPath();
        return path.startsWith("//") ? "/" : path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /**
     * No observation of each filter, authentication and authorization: for every request they made a dozen timers
     * and tags (an eighth of the request threads' profile under load) for traces the hub does not keep. Requests
     * are still timed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** BCrypt at cost {@value #BCRYPT_COST}; a password verified once is remembered briefly (salted) so API calls stay fast. */
    @Bean
    PasswordEncoder passwordEncoder(Clock clock) {
        DelegatingPasswordEncoder encoder =
                new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(BCRYPT_COST)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return new VerifiedPasswords(encoder, clock);
    }

    static final int BCRYPT_COST = 10;

    /** Without the demo accounts, no one: never Spring's generated default user. */
    @Bean
    @Profile("!default & !demo")
    UserDetailsService noLocalAccounts() {
        return new InMemoryUserDetailsManager();
    }
}
