package org.thinkfamily.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Pushes synthetic canonical events through the hub's real ingest path (checks, identity, households,
 * the event store) and measures it against a ceiling: the same rows written by plain batched JDBC into
 * the same database. Writes synthetic events: run it against a scratch database only.
 */
@Command(
        name = "benchmark-ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Measures ingest: canonical events per second accepted, latency, the timeline's lag behind the "
                    + "store, memory, and the plain batched JDBC ceiling on the same database.",
            "It WRITES SYNTHETIC EVENTS: point it at a scratch database (it refuses a store that holds events)."
        })
final class IngestBenchmarkCommand implements Callable<Integer> {

    private final HubFactory hubs;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--events",
            defaultValue = "10000",
            description = "canonical events to push (default ${DEFAULT-VALUE})")
    int events;

    @Option(
            names = "--threads",
            defaultValue = "4",
            description = "agencies pushing at once (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--families", defaultValue = "0", description = "distinct families (default: events / 8)")
    int families;

    @Option(names = "--report", description = "also write the report as Markdown to this file")
    Path report;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Option(names = "--force", description = "run even though the store already holds events")
    boolean force;

    IngestBenchmarkCommand(HubFactory hubs) {
        this.hubs = hubs;
    }

    record Result(
            String database,
            int events,
            int threads,
            int families,
            long accepted,
            long rejected,
            double seconds,
            double eventsPerSecond,
            double p50Millis,
            double p99Millis,
            double maxMillis,
            long storedRows,
            double storedRowsPerEvent,
            long maxTimelineLagEvents,
            double timelineCatchUpSeconds,
            long ceilingRows,
            double ceilingRowsPerSecond,
            double ceilingEventsPerSecond,
            double ofCeiling,
            long peakHeapMiB,
            int cores,
            String java) {}

    @Override
    public Integer call() throws Exception {
        try (var hub = hubs.startHub()) {
            JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
            Projections projections = new Projections(hub.getBean(EventProcessingConfiguration.class), jdbc);
            long startIndex = projections.headIndex();
            if (startIndex > 0 && !force) {
                spec.commandLine()
                        .getErr()
                        .println(
                                "replay-tools: the store already holds events; benchmark a scratch database, or add --force");
                return 1;
            }
            IngestPort ingest = hub.getBean(IngestPort.class);
            int familyCount = families > 0 ? families : Math.max(1, events / 8);
            String runId = Long.toString(System.currentTimeMillis(), 36);
            List<CanonicalEvent> synthetic = SyntheticEvents.generate(runId, events, familyCount);

            long[] latencies = new long[events];
            AtomicInteger next = new AtomicInteger();
            AtomicLong accepted = new AtomicLong();
            AtomicLong rejected = new AtomicLong();
            AtomicLong maxLag = new AtomicLong();
            AtomicLong peakHeap = new AtomicLong();
            var timeline = hub.getBean(EventProcessingConfiguration.class)
                    .eventProcessor(
                            org.thinkfamily.hub.projection.ProcessingGroups.TIMELINE,
                            org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor.class)
                    .orElseThrow();
            ExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            ((java.util.concurrent.ScheduledExecutorService) sampler)
                    .scheduleAtFixedRate(
                            () -> {
                                long head = projections.headIndex();
                                long position = timeline.processingStatus().values().stream()
                                        .mapToLong(s -> s.getCurrentPosition().orElse(0))
                                        .min()
                                        .orElse(0);
                                maxLag.accumulateAndGet(
                                        jdbc.queryForObject(
                                                "select count(*) from domain_event_entry where global_index > ? and global_index <= ?",
                                                Long.class,
                                                position,
                                                head),
                                        Math::max);
                                peakHeap.accumulateAndGet(
                                        ManagementFactory.getMemoryMXBean()
                                                .getHeapMemoryUsage()
                                                .getUsed(),
                                        Math::max);
                            },
                            0,
                            250,
                            TimeUnit.MILLISECONDS);

            Instant started = Instant.now();
            ExecutorService agencies = Executors.newFixedThreadPool(threads);
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("ingest")
                    .setInitialMax(events)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" events", 1)
                    .build()) {
                List<Future<?>> running = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    running.add(agencies.submit(() -> {
                        for (int i = next.getAndIncrement(); i < events; i = next.getAndIncrement()) {
                            long begin = System.nanoTime();
                            var result = ingest.ingest(synthetic.get(i), "benchmark");
                            latencies[i] = System.nanoTime() - begin;
                            (result.status() == IngestStatus.ACCEPTED ? accepted : rejected).incrementAndGet();
                            bar.step();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } finally {
                agencies.shutdown();
            }
            double seconds = Duration.between(started, Instant.now()).toNanos() / 1e9;
            long head = projections.headIndex();
            Instant ingested = Instant.now();
            while (timeline.processingStatus().values().stream()
                            .mapToLong(s -> s.getCurrentPosition().orElse(0))
                            .min()
                            .orElse(0)
                    < head) {
                Thread.sleep(20);
            }
            double catchUp = Duration.between(ingested, Instant.now()).toNanos() / 1e9;
            sampler.shutdownNow();

            long storedRows = jdbc.queryForObject(
                    "select count(*) from domain_event_entry where global_index > ?", Long.class, startIndex);
            Ceiling.Measured ceiling = Ceiling.measure(jdbc, startIndex);
            long[] sorted = Arrays.stream(latencies).sorted().toArray();
            double perEvent = storedRows / (double) events;
            String database;
            try (var connection = jdbc.getDataSource().getConnection()) {
                database = connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion();
            }
            Result result = new Result(
                    database,
                    events,
                    threads,
                    familyCount,
                    accepted.get(),
                    rejected.get(),
                    seconds,
                    accepted.get() / seconds,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6,
                    storedRows,
                    perEvent,
                    maxLag.get(),
                    catchUp,
                    ceiling.rows(),
                    ceiling.rowsPerSecond(),
                    ceiling.rowsPerSecond() / perEvent,
                    (accepted.get() / seconds) / (ceiling.rowsPerSecond() / perEvent),
                    peakHeap.get() / (1024 * 1024),
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            if (report != null) {
                Files.writeString(report, markdown(result));
            }
            if (json) {
                spec.commandLine()
                        .getOut()
                        .println(new ObjectMapper()
                                .enable(SerializationFeature.INDENT_OUTPUT)
                                .writeValueAsString(result));
            } else {
                spec.commandLine().getOut().print(markdown(result));
            }
            return rejected.get() == 0 ? 0 : 1;
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static String markdown(Result r) {
        return """
                ## Ingest benchmark

                | measure | value |
                |---|---|
                | database | %s |
                | canonical events pushed | %d by %d threads, %d families |
                | accepted / rejected | %d / %d |
                | **events per second accepted** | **%.0f** |
                | latency per event p50 / p99 / max | %.1f / **%.1f** / %.1f ms |
                | event store rows written | %d (%.2f per canonical event) |
                | timeline lag behind the store, worst seen | %d events |
                | timeline caught up after the last accept | %.2f s |
                | ceiling: same rows by plain batched JDBC | %d rows at %.0f rows/s = %.0f canonical events/s |
                | real path as a share of the ceiling | %.0f%% |
                | peak heap used | %d MiB |
                | machine | %d cores, Java %s |
                """.formatted(
                        r.database(),
                        r.events(),
                        r.threads(),
                        r.families(),
                        r.accepted(),
                        r.rejected(),
                        r.eventsPerSecond(),
                        r.p50Millis(),
                        r.p99Millis(),
                        r.maxMillis(),
                        r.storedRows(),
                        r.storedRowsPerEvent(),
                        r.maxTimelineLagEvents(),
                        r.timelineCatchUpSeconds(),
                        r.ceilingRows(),
                        r.ceilingRowsPerSecond(),
                        r.ceilingEventsPerSecond(),
                        100 * r.ofCeiling(),
                        r.peakHeapMiB(),
                        r.cores(),
                        r.java());
    }
}
