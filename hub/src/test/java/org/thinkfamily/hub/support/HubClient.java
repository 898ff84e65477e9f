package org.thinkfamily.hub.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A real HTTP client for the hub, as an agency system or a script would use it. */
public final class HubClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HubClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        /** The text at a JSON pointer of the answer ({@code /people/0/personId}). */
        public String text(String pointer) {
            return json().at(pointer).asText();
        }
    }

    /** What the access log holds of one user's actions on a family, oldest first (read as an auditor). */
    public java.util.List<String> accessActions(String familyId, String user) {
        java.util.List<String> actions = new java.util.ArrayList<>();
        get("auditor", "/api/v1/audit/access?familyId=" + familyId + "&user=" + user)
                .json()
                .get("entries")
                .forEach(e -> actions.add(e.get("action").asText()));
        return actions;
    }

    /** A family of one child, known from one A&E attendance; its id. */
    public String familyOfOneChild() {
        String child = TestIdentifiers.nhsNumber();
        post(
                "nhs",
                "/api/v1/events",
                CanonicalEvents.emergencyAttendance(TestIdentifiers.messageId(), "2026-11-01T10:00:00Z", child));
        return get("manager", "/api/v1/people?identifier=nhs-number%7C" + child).text("/people/0/familyIds/0");
    }

    /** Posts as a demo account ({@code user}, password {@code user-demo}); null user sends no credentials. */
    public Response post(String user, String path, String json) {
        return send(request(user, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Posts with the given content type (FHIR JSON or XML, say). */
    public Response post(String user, String path, String body, String contentType) {
        return send(request(user, path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Any request, with extra headers as name, value pairs; the whole response (headers too). */
    public HttpResponse<String> exchange(String user, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = request(user, path)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("hub not reachable at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a body of the given publisher (e.g. streamed, so sent in chunks without a Content-Length). */
    public HttpResponse<String> post(String user, String path, HttpRequest.BodyPublisher body) {
        try {
            return http.send(
                    request(user, path)
                            .header("Content-Type", "application/json")
                            .POST(body)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("hub not reachable at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response delete(String user, String path) {
        return send(request(user, path).DELETE());
    }

    public Response get(String user, String path) {
        return send(request(user, path).GET());
    }

    public Response getWithPassword(String user, String password, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user, password))
                .GET());
    }

    /** The dead letters of one door this user may see, oldest first (every page). */
    public java.util.List<JsonNode> deadLetters(String user, String door) {
        java.util.List<JsonNode> letters = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode found = get(user, "/api/v1/dead-letters?size=200&door=" + door + "&page=" + page)
                    .json();
            found.get("deadLetters").forEach(letters::add);
            if (found.get("deadLetters").size() < 200) {
                return letters;
            }
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            builder.header("Authorization", basic(user, user + "-demo"));
        }
        return builder;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("hub not reachable at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
