package org.thinkfamily.replay.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The heap the hub under test uses, read from its Prometheus endpoint as the demo {@code metrics} account. */
final class HubHeap {

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpRequest request;

    HubHeap(URI hub) {
        this.request = HttpRequest.newBuilder(hub.resolve("/actuator/prometheus"))
                .timeout(Duration.ofSeconds(5))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("metrics:metrics-demo".getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    /** Bytes of heap in use now (all heap pools), or -1 when the hub does not say. */
    long used() {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return -1;
            }
            long sum = 0;
            for (String line : response.body().split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return sum;
        } catch (Exception unavailable) {
            return -1;
        }
    }
}
