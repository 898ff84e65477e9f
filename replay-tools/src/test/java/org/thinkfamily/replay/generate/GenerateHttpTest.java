package org.thinkfamily.replay.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.thinkfamily.hub.HubApplication;
import org.thinkfamily.replay.ReplayTools;

/**
 * {@code replay-tools generate --hub}: a small authority pushed through a real hub's HTTP API as the agencies' demo
 * accounts is taken whole, the families appear, and pushing the same run again changes nothing.
 */
class GenerateHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void a_small_authority_pushed_over_http_is_all_accepted_and_its_families_appear() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("thinkfamily") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(HubApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.main.banner-mode=off",
                        "--thinkfamily.connectors.inbox=" + dir.resolve("inbox"))) {
            String base = "http://localhost:" + hub.getEnvironment().getRequiredProperty("local.server.port");
            String[] push = {
                "generate",
                "--hub",
                base,
                "--families",
                "20",
                "--years",
                "1",
                "--seed",
                "11",
                "--batch",
                "25",
                "--connections",
                "3",
                "--truth",
                dir.resolve("truth.jsonl").toString(),
                "--quiet",
                "--json"
            };

            JsonNode first = run(push, 0);
            long events = first.get("events").asLong();
            assertThat(events).isGreaterThan(100);
            assertThat(first.at("/pushed/accepted").asLong()).isEqualTo(events);
            assertThat(first.at("/pushed/duplicate").asLong()).isZero();
            assertThat(first.at("/pushed/rejected").asLong()).isZero();

            Set<String> trueFamilies = new HashSet<>();
            for (String line : Files.readAllLines(dir.resolve("truth.jsonl"))) {
                trueFamilies.add(JSON.readTree(line).get("family").asText());
            }
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(families(base).get("total").asInt())
                            .isGreaterThanOrEqualTo(trueFamilies.size()));
            assertThat(families(base).get("total").asInt()).isLessThanOrEqualTo(3 * trueFamilies.size());

            JsonNode again = run(push, 0);
            assertThat(again.at("/pushed/duplicate").asLong()).isEqualTo(events);
            assertThat(again.at("/pushed/accepted").asLong()).isZero();

            // records dated after the hub's clock are refused: counted by reason, and the run fails
            JsonNode future = run(
                    new String[] {
                        "generate",
                        "--hub",
                        base,
                        "--families",
                        "3",
                        "--until",
                        "2031-01-01",
                        "--run",
                        "FUTURE",
                        "--truth",
                        dir.resolve("future.truth.jsonl").toString(),
                        "--quiet",
                        "--json"
                    },
                    1);
            assertThat(future.at("/pushed/rejected").asLong()).isPositive();
            assertThat(future.at("/pushed/rejectedReasons").fieldNames())
                    .toIterable()
                    .allMatch(reason -> reason.startsWith("occurredAt: is in the future"));
        }
    }

    private static JsonNode run(String[] args, int expectedStatus) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ReplayTools.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).as(out + "\n" + err).isEqualTo(expectedStatus);
        return JSON.readTree(out.toString());
    }

    private static JsonNode families(String base) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/families?page=0&size=200"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("manager:manager-demo"
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
