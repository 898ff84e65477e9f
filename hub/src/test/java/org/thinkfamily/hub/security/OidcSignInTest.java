package org.thinkfamily.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.OnPostgres;
import org.thinkfamily.hub.support.RunningHub;

/**
 * People sign in to the pages through the authority's identity provider (OIDC, authorization code), here a provider
 * of the test's own on a local port: the sign-in page offers it, a manager who signs in there works as a manager, and
 * a sign-in that names no user is refused back to the sign-in page.
 */
@OnPostgres
class OidcSignInTest extends RunningHub {

    private static final KeyPair KEY = keyPair();
    private static final Provider PROVIDER = new Provider();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        String base = "http://localhost:" + PROVIDER.server.getAddress().getPort();
        String registration = "spring.security.oauth2.client.registration.authority.";
        registry.add(registration + "client-id", () -> "think-family-hub");
        registry.add(registration + "client-secret", () -> "secret");
        registry.add(registration + "client-name", () -> "Bradford Council");
        registry.add(registration + "scope", () -> "openid,profile");
        registry.add(registration + "authorization-grant-type", () -> "authorization_code");
        registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        String provider = "spring.security.oauth2.client.provider.authority.";
        registry.add(provider + "authorization-uri", () -> base + "/authorize");
        registry.add(provider + "token-uri", () -> base + "/token");
        registry.add(provider + "jwk-set-uri", () -> base + "/jwks");
        registry.add(provider + "user-name-attribute", () -> "preferred_username");
        registry.add("thinkfamily.test.hub", () -> "oidc");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.server.stop(0);
    }

    @Test
    void a_manager_signs_in_through_the_identity_provider_and_works_as_a_manager() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.get("/login").body())
                .contains("Sign in with Bradford Council", "/oauth2/authorization/authority");

        HttpResponse<String> signedIn = browser.signInThroughProvider(claims ->
                claims.claim("preferred_username", "a.manager").claim("roles", List.of("MANAGER", "offline_access")));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/");

        HttpResponse<String> identity = browser.get("/identity/review");
        assertThat(identity.statusCode()).as("a manager's page").isEqualTo(200);
        assertThat(browser.get("/").body()).contains("a.manager");
    }

    @Test
    void a_sign_in_that_names_no_user_is_refused() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> refused =
                browser.signInThroughProvider(claims -> claims.claim("roles", List.of("MANAGER")));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValue("/login?error=provider");
        assertThat(browser.get("/login?error=provider").body()).contains("did not say who you are");
        assertThat(browser.get("/identity/review").statusCode()).isEqualTo(302); // to the sign-in page
    }

    /** A browser with its cookies, following no redirects, so each step of the sign-in can be seen. */
    private final class Browser {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String pathOrUrl) throws Exception {
            URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
            return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The authorization code flow, the provider's part played by the test: the user signs in there at once. */
        HttpResponse<String> signInThroughProvider(Consumer<JWTClaimsSet.Builder> person) throws Exception {
            HttpResponse<String> toProvider = get("/oauth2/authorization/authority");
            assertThat(toProvider.statusCode()).isEqualTo(302);
            Map<String, String> asked =
                    query(URI.create(toProvider.headers().firstValue("Location").orElseThrow()));
            assertThat(asked).containsEntry("client_id", "think-family-hub").containsKey("nonce");
            PROVIDER.next = idToken(asked.get("nonce"), person);
            return get(asked.get("redirect_uri") + "?code=one-time-code&state="
                    + java.net.URLEncoder.encode(asked.get("state"), StandardCharsets.UTF_8));
        }
    }

    private static String idToken(String nonce, Consumer<JWTClaimsSet.Builder> person) throws JOSEException {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("http://localhost:" + PROVIDER.server.getAddress().getPort())
                .subject("person-1")
                .audience("think-family-hub")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("nonce", nonce);
        person.accept(claims);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims.build());
        jwt.sign(new RSASSASigner(KEY.getPrivate()));
        return jwt.serialize();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(
                    URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** The identity provider's token and key endpoints: it answers any code with the ID token the test set. */
    private static final class Provider {
        final HttpServer server;
        volatile String next;

        Provider() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext(
                    "/jwks",
                    exchange -> answer(
                            exchange,
                            new JWKSet(new RSAKey.Builder((RSAPublicKey) KEY.getPublic())
                                            .keyID("test")
                                            .build())
                                    .toString()));
            server.createContext("/token", exchange -> {
                exchange.getRequestBody().readAllBytes();
                answer(
                        exchange,
                        "{\"access_token\":\"an-access-token\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                                + "\"scope\":\"openid profile\",\"id_token\":\"" + next + "\"}");
            });
            server.start();
        }

        private static void answer(HttpExchange exchange, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
