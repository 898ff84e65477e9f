package org.thinkfamily.replay.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.replay.generate.GeneratedRecord;
import org.thinkfamily.replay.generate.HubPush;
import org.thinkfamily.replay.generate.SyntheticAuthority;

/**
 * One measured push of a synthetic authority through the hub's HTTP API: the records are generated and written
 * as request bodies first, so that while the clock runs this process only sends and counts. Meanwhile the hub's
 * heap and the timeline's lag (events stored but not yet on the timeline, {@link TimelineLag}) are sampled twice a
 * second.
 */
final class IngestPhase {

    record Result(
            String name,
            long events,
            long accepted,
            long duplicate,
            long rejected,
            Map<String, Long> rejectedReasons,
            double seconds,
            double eventsPerSecond,
            double requestP50Millis,
            double requestP99Millis,
            double requestMaxMillis,
            long maxTimelineLagEvents,
            double timelineBehindAtEndSeconds,
            long peakHeapBytes,
            List<double[]> acceptedPerSecond,
            List<double[]> timelineLag,
            List<Long> requestNanos) {}

    private record Body(int lane, Sector sector, byte[] json, int size) {}

    private static final long WINDOW = 5;

    private final URI hub;
    private final HubHeap heap;
    private final TimelineLag timelineLag;
    private final ObjectMapper mapper;
    private final int connections;
    private final int batch;

    IngestPhase(URI hub, JdbcTemplate jdbc, ObjectMapper mapper, int connections, int batch) {
        this.hub = hub;
        this.heap = new HubHeap(hub);
        this.timelineLag = new TimelineLag(jdbc, mapper);
        this.mapper = mapper;
        this.connections = connections;
        this.batch = batch;
    }

    Result run(String name, SyntheticAuthority authority, int families) throws Exception {
        List<Body> bodies = bodies(authority, families);
        long events = bodies.stream().mapToLong(Body::size).sum();
        ConcurrentLinkedQueue<Long> requestNanos = new ConcurrentLinkedQueue<>();
        Map<Long, LongAdder> acceptedBySecond = new ConcurrentHashMap<>();
        AtomicLong maxLag = new AtomicLong();
        AtomicLong peakHeap = new AtomicLong(-1);
        List<double[]> lag = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> {
                    long behind = timelineLag.events();
                    maxLag.accumulateAndGet(behind, Math::max);
                    lag.add(new double[] {(System.nanoTime() - started) / 1e9, behind});
                    peakHeap.accumulateAndGet(heap.used(), Math::max);
                },
                0,
                500,
                TimeUnit.MILLISECONDS);
        HubPush.Tally tally;
        double seconds;
        try (HubPush push = new HubPush(hub, connections, mapper, (size, nanos, accepted) -> {
            requestNanos.add(nanos);
            acceptedBySecond
                    .computeIfAbsent((System.nanoTime() - started) / 1_000_000_000L, s -> new LongAdder())
                    .add(accepted);
        })) {
            for (Body body : bodies) {
                push.send(body.lane(), body.sector(), body.json(), body.size());
            }
            tally = push.finish();
            seconds = (System.nanoTime() - started) / 1e9;
        }
        Instant ended = Instant.now();
        while (timelineLag.events() > 0
                && java.time.Duration.between(ended, Instant.now()).toMinutes() < 10) {
            Thread.sleep(50);
        }
        double behindAtEnd = java.time.Duration.between(ended, Instant.now()).toNanos() / 1e9;
        sampler.shutdownNow();
        sampler.awaitTermination(5, TimeUnit.SECONDS);

        long[] sorted =
                requestNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        // per 5-second window, empty windows included: one array of 100 is too coarse for a per-second line
        List<double[]> perSecond = new ArrayList<>();
        for (long window = 0; window * WINDOW < seconds; window++) {
            long sum = 0;
            for (long second = window * WINDOW; second < (window + 1) * WINDOW; second++) {
                LongAdder n = acceptedBySecond.get(second);
                sum += n == null ? 0 : n.sum();
            }
            perSecond.add(new double[] {(window + 1) * WINDOW, sum / (double) WINDOW});
        }
        return new Result(
                name,
                events,
                tally.accepted(),
                tally.duplicate(),
                tally.rejected(),
                tally.rejectedReasons(),
                seconds,
                tally.accepted() / seconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                maxLag.get(),
                behindAtEnd,
                peakHeap.get(),
                perSecond,
                worstPerWindow(List.copyOf(lag)),
                java.util.Arrays.stream(sorted).boxed().toList());
    }

    /** The worst of the samples in each 5-second window, so the lag reads on the same scale as the throughput. */
    private static List<double[]> worstPerWindow(List<double[]> samples) {
        Map<Long, Double> worst = new java.util.TreeMap<>();
        samples.forEach(p -> worst.merge((long) (p[0] / WINDOW), p[1], Math::max));
        List<double[]> out = new ArrayList<>();
        worst.forEach((window, value) -> out.add(new double[] {(window + 1) * WINDOW, value}));
        return out;
    }

    /** Request bodies as the agencies would send them: per household lane, per sector, {@code batch} at a time. */
    private List<Body> bodies(SyntheticAuthority authority, int families) throws Exception {
        List<Body> bodies = new ArrayList<>();
        List<Map<Sector, List<CanonicalEvent>>> lanes = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            lanes.add(new EnumMap<>(Sector.class));
        }
        for (int h = 0; h < families; h++) {
            int lane = h % connections;
            for (GeneratedRecord record : authority.household(h)) {
                Sector sector = record.event().source().sector();
                List<CanonicalEvent> buffer = lanes.get(lane).computeIfAbsent(sector, s -> new ArrayList<>(batch));
                buffer.add(record.event());
                if (buffer.size() == batch) {
                    bodies.add(new Body(lane, sector, mapper.writeValueAsBytes(buffer), buffer.size()));
                    buffer.clear();
                }
            }
        }
        for (int lane = 0; lane < connections; lane++) {
            for (var rest : lanes.get(lane).entrySet()) {
                if (!rest.getValue().isEmpty()) {
                    bodies.add(new Body(
                            lane,
                            rest.getKey(),
                            mapper.writeValueAsBytes(rest.getValue()),
                            rest.getValue().size()));
                }
            }
        }
        return bodies;
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
