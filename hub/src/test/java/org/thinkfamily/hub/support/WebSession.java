package org.thinkfamily.hub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person signed in on the web pages of a running hub (the login form, a session cookie), without a browser. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final int port;
    private String csrf = "";

    private WebSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Signs in with the demo account's password. */
    public static WebSession signIn(int port, String user) throws Exception {
        WebSession session = new WebSession(port);
        session.get("/login");
        HttpResponse<String> signedIn = session.send("/login", "username=" + user + "&password=" + user + "-demo");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        return session;
    }

    /** A page that must be served (200). */
    public String get(String path) throws Exception {
        HttpResponse<String> response = send(path, null);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** A GET, or with a form body a POST carrying the CSRF token of the last page that had one. */
    public HttpResponse<String> send(String path, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (form == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + csrf));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }
}
