package org.thinkfamily.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thinkfamily.hub.support.CanonicalEvents.domesticAbuse;
import static org.thinkfamily.hub.support.CanonicalEvents.schoolAttendance;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.OnPostgres;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * Bearer tokens from the authority's identity provider, here a test key: a police system's token pushes police
 * records and nothing else, people's tokens carry their roles, and a token with the wrong key, expired, for another
 * audience or without the claims the hub needs is refused. The demo accounts keep working beside them.
 */
@OnPostgres
class JwtSignInTest extends AgencyScenarios {

    private static final KeyPair IDENTITY_PROVIDER = keyPair();
    private static final KeyPair SOMEONE_ELSE = keyPair();
    private static final String AUDIENCE = "think-family-hub";

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws IOException {
        Path key = Files.createTempFile("identity-provider", ".pem");
        Files.writeString(
                key,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(IDENTITY_PROVIDER.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + key);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
        registry.add("thinkfamily.test.hub", () -> "jwt");
    }

    @Test
    void a_police_system_token_pushes_police_records_and_nothing_else() {
        String police = token(
                IDENTITY_PROVIDER,
                claims -> claims.subject("niche-rms")
                        .claim("preferred_username", "wyp-niche")
                        .claim("roles", List.of("AGENCY_SYSTEM"))
                        .claim("agency", "west-yorkshire-police")
                        .claim("sectors", List.of("POLICE")));

        HttpResponse<String> pushed = push(
                police,
                domesticAbuse(
                        TestIdentifiers.messageId(),
                        "2026-11-20T22:15:00Z",
                        TestIdentifiers.niNumber(),
                        TestIdentifiers.nhsNumber()));
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
        assertThat(pushed.body()).contains("\"ACCEPTED\"");

        HttpResponse<String> school = push(
                police,
                schoolAttendance(
                        TestIdentifiers.messageId(),
                        "2026-10-24T15:30:00Z",
                        TestIdentifiers.upn(),
                        TestIdentifiers.nhsNumber()));
        assertThat(school.statusCode()).isEqualTo(403);
        HttpResponse<String> otherForce = push(
                police,
                domesticAbuse(
                                TestIdentifiers.messageId(),
                                "2026-11-20T22:15:00Z",
                                TestIdentifiers.niNumber(),
                                TestIdentifiers.nhsNumber())
                        .replace("west-yorkshire-police", "south-yorkshire-police"));
        assertThat(otherForce.statusCode()).isEqualTo(403);
        // a system reads nothing
        assertThat(get(police, "/api/v1/families").statusCode()).isEqualTo(403);
    }

    @Test
    void people_sign_in_with_their_roles() {
        Family family = pushTheScenario();
        String manager = token(
                IDENTITY_PROVIDER,
                claims -> claims.claim("preferred_username", "a.manager").claim("roles", List.of("MANAGER")));
        String auditor = token(
                IDENTITY_PROVIDER,
                claims -> claims.claim("preferred_username", "an.auditor").claim("roles", List.of("AUDITOR")));
        String lead = token(
                IDENTITY_PROVIDER,
                claims -> claims.claim("preferred_username", "a.lead").claim("roles", List.of("LEAD_PROFESSIONAL")));

        assertThat(get(manager, "/api/v1/families/" + family.familyId()).statusCode())
                .isEqualTo(200);
        assertThat(get(lead, "/api/v1/families/" + family.familyId()).statusCode())
                .isEqualTo(403);
        assertThat(get(lead, "/api/v1/audit/access?familyId=" + family.familyId())
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> log = get(auditor, "/api/v1/audit/access?familyId=" + family.familyId());
        assertThat(log.statusCode()).isEqualTo(200);
        // the read is recorded under the token's user
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(hub.accessActions(family.familyId(), "a.manager"))
                        .isNotEmpty());
        // the demo accounts beside the tokens
        assertThat(hub.get("manager", "/api/v1/families/" + family.familyId()).status())
                .isEqualTo(200);
    }

    @Test
    void tokens_the_hub_cannot_trust_are_refused() {
        Consumer<JWTClaimsSet.Builder> manager =
                claims -> claims.claim("preferred_username", "a.manager").claim("roles", List.of("MANAGER"));
        Map<String, String> refused = Map.of(
                "wrong key", token(SOMEONE_ELSE, manager),
                "expired",
                        token(
                                IDENTITY_PROVIDER,
                                manager.andThen(claims -> claims.expirationTime(
                                        Date.from(Instant.now().minusSeconds(600))))),
                "another audience", token(IDENTITY_PROVIDER, manager.andThen(claims -> claims.audience("another-app"))),
                "no user", token(IDENTITY_PROVIDER, claims -> claims.claim("roles", List.of("MANAGER"))),
                "an agency system without its sectors",
                        token(
                                IDENTITY_PROVIDER,
                                claims -> claims.claim("preferred_username", "wyp-niche")
                                        .claim("roles", List.of("AGENCY_SYSTEM"))
                                        .claim("agency", "west-yorkshire-police")),
                "not a token", "not-a-token");
        refused.forEach((what, token) -> {
            HttpResponse<String> response = get(token, "/api/v1/families");
            assertThat(response.statusCode()).as(what).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .as(what)
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        });
        assertThat(get(token(IDENTITY_PROVIDER, manager), "/api/v1/families").statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> push(String token, String event) {
        return hub.exchange(null, "POST", "/api/v1/events", event, "Authorization", "Bearer " + token);
    }

    private HttpResponse<String> get(String token, String path) {
        return hub.exchange(null, "GET", path, null, "Authorization", "Bearer " + token);
    }

    /** A token signed with {@code key}, for the hub's audience and valid for five minutes unless the claims say else. */
    private static String token(KeyPair key, Consumer<JWTClaimsSet.Builder> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer("https://login.example.gov.uk/realms/bradford")
                .audience(AUDIENCE)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.accept(builder);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
        try {
            jwt.sign(new RSASSASigner(key.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
