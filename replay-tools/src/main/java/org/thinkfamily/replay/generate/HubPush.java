package org.thinkfamily.replay.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.Sector;

/**
 * Pushes batches of canonical events to a running hub's {@code POST /api/v1/events} as the agencies' demo
 * accounts, one lane per connection: a household's batches all go down one lane, in order, so that a person's
 * records of one agency arrive oldest first. Counts the answers; keeps the reasons of rejections, never the
 * records (no personal data leaves in a reason: field paths and the hub's messages only).
 */
public final class HubPush implements AutoCloseable {

    public record Tally(long accepted, long duplicate, long rejected, Map<String, Long> rejectedReasons) {}

    /** Told of every answered request: how many events it carried, how long it took, how many were accepted. */
    @FunctionalInterface
    public interface Observer {
        void answered(int events, long nanos, int accepted);
    }

    private static final Batch END = new Batch(null, new byte[0], 0);

    /** A request body serialised by the caller, so the senders do nothing but send. */
    private record Batch(Sector sector, byte[] body, int size) {}

    private final URI events;
    private final ObjectMapper json;
    private final HttpClient client;
    private final List<BlockingQueue<Batch>> lanes = new ArrayList<>();
    private final List<Future<?>> senders = new ArrayList<>();
    private final ExecutorService threads;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong duplicate = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
    private final Observer observer;
    private volatile Exception failure;

    HubPush(URI hub, int connections, ObjectMapper json) {
        this(hub, connections, json, (events, nanos, accepted) -> {});
    }

    public HubPush(URI hub, int connections, ObjectMapper json, Observer observer) {
        this.observer = observer;
        this.events = hub.resolve("/api/v1/events");
        this.json = json;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.threads = Executors.newFixedThreadPool(connections);
        for (int i = 0; i < connections; i++) {
            BlockingQueue<Batch> lane = new ArrayBlockingQueue<>(4);
            lanes.add(lane);
            senders.add(threads.submit(() -> {
                drain(lane);
                return null;
            }));
        }
    }

    public int lanes() {
        return lanes.size();
    }

    /** Queues one batch of one sector's events on a lane; waits while the lane is full. */
    public void send(int lane, Sector sector, List<CanonicalEvent> batch) throws Exception {
        send(lane, sector, json.writeValueAsBytes(batch), batch.size());
    }

    /** Queues a request body already written, holding {@code size} events of one sector. */
    public void send(int lane, Sector sector, byte[] body, int size) throws Exception {
        Batch queued = new Batch(sector, body, size);
        while (!lanes.get(lane).offer(queued, 100, TimeUnit.MILLISECONDS)) {
            failIfFailed();
        }
        failIfFailed();
    }

    /** Waits for every queued batch to be answered. */
    public Tally finish() throws Exception {
        for (BlockingQueue<Batch> lane : lanes) {
            while (!lane.offer(END, 100, TimeUnit.MILLISECONDS)) {
                failIfFailed();
            }
        }
        for (Future<?> sender : senders) {
            sender.get();
        }
        failIfFailed();
        Map<String, Long> byReason = new TreeMap<>();
        reasons.forEach((reason, count) -> byReason.put(reason, count.sum()));
        return new Tally(accepted.get(), duplicate.get(), rejected.get(), byReason);
    }

    private void drain(BlockingQueue<Batch> lane) throws Exception {
        try {
            for (Batch batch = lane.take(); batch != END; batch = lane.take()) {
                post(batch);
            }
        } catch (Exception e) {
            failure = e;
            throw e;
        }
    }

    private void post(Batch batch) throws Exception {
        String account = Agencies.account(batch.sector());
        String credentials = Base64.getEncoder()
                .encodeToString((account + ":" + account + "-demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(events)
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofByteArray(batch.body()))
                .build();
        long sent = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - sent;
        if (response.statusCode() != 200) {
            rejected.addAndGet(batch.size());
            count("HTTP " + response.statusCode() + " for a batch of " + batch.sector(), batch.size());
            observer.answered(batch.size(), took, 0);
            return;
        }
        int acceptedHere = 0;
        for (JsonNode result : json.readTree(response.body()).path("results")) {
            switch (result.path("status").asText()) {
                case "ACCEPTED" -> {
                    accepted.incrementAndGet();
                    acceptedHere++;
                }
                case "DUPLICATE" -> duplicate.incrementAndGet();
                default -> {
                    rejected.incrementAndGet();
                    List<String> errors = new ArrayList<>();
                    result.path("errors")
                            .forEach(e -> errors.add(e.path("field").asText().replaceAll("\\[\\d+]", "[]") + ": "
                                    + e.path("message").asText()));
                    count(errors.isEmpty() ? "rejected without a reason" : String.join("; ", errors), 1);
                }
            }
        }
        observer.answered(batch.size(), took, acceptedHere);
    }

    private void count(String reason, long n) {
        reasons.computeIfAbsent(reason, r -> new LongAdder()).add(n);
    }

    private void failIfFailed() throws Exception {
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
