package org.thinkfamily.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.TestDatabases;

/**
 * Password guessing is throttled: ten failures in five minutes for a user name, or from an address, and
 * further attempts are refused with 429, over HTTP Basic and the login form alike. Requests come from
 * several loopback addresses (127.0.0.x) so the two counts can be told apart. A context of its own: the
 * addresses used here end up throttled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInThrottleTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        TestDatabases.embedded(registry, "throttle");
    }

    @LocalServerPort
    int port;

    record Answer(int status, String head, String body) {
        String header(String name) {
            Matcher m = Pattern.compile("(?im)^" + name + ": *(.*)$").matcher(head);
            return m.find() ? m.group(1).trim() : null;
        }
    }

    Answer send(String from, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            return new Answer(
                    Integer.parseInt(answer.substring(9, 12)), answer.substring(0, split), answer.substring(split + 4));
        }
    }

    Answer basic(String from, String user, String password) throws IOException {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(
                from,
                "GET /api/v1/dead-letters HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                        + "\r\nConnection: close\r\n\r\n");
    }

    Answer form(String from, String user, String password) throws IOException {
        Answer page = send(from, "GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String cookie = page.header("Set-Cookie").split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String body = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return send(
                from,
                "POST /login HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                        + "\r\nConnection: close\r\n\r\n" + body);
    }

    @Test
    void ten_failures_for_a_user_name_throttle_that_name_from_anywhere_and_only_it() throws IOException {
        assertThat(basic("127.0.0.2", "dwp", "dwp-demo").status()).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(basic("127.0.0.2", "dwp", "guess-" + i).status()).isEqualTo(401);
        }
        Answer refused = basic("127.0.0.2", "dwp", "dwp-demo");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("300");
        // the right password from another address is refused too: it is the name that is being guessed
        assertThat(basic("127.0.0.3", "dwp", "dwp-demo").status()).isEqualTo(429);
        assertThat(basic("127.0.0.3", "manager", "manager-demo").status()).isEqualTo(200);
    }

    @Test
    void ten_failures_from_an_address_throttle_it_for_every_name_on_the_form_and_over_basic_alike() throws IOException {
        for (int i = 0; i < 10; i++) {
            Answer failed = form("127.0.0.4", "someone-" + i, "guess");
            assertThat(failed.status()).isEqualTo(302);
            assertThat(failed.header("Location")).isEqualTo("/login?error");
        }
        assertThat(form("127.0.0.4", "lead", "lead-demo").status()).isEqualTo(429);
        assertThat(basic("127.0.0.4", "manager", "manager-demo").status()).isEqualTo(429);
        Answer elsewhere = form("127.0.0.5", "lead", "lead-demo");
        assertThat(elsewhere.status()).isEqualTo(302);
        assertThat(elsewhere.header("Location")).isEqualTo("/");
    }
}
