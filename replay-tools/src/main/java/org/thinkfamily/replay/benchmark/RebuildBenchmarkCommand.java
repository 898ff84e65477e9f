package org.thinkfamily.replay.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thinkfamily.hub.projection.ProcessingGroups;
import org.thinkfamily.hub.projection.ShadowRebuild;
import org.thinkfamily.replay.HubFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Measures rebuilding the timeline from a large store: the store a hub wrote, grown by copies with fresh
 * identifiers to the size asked, replayed into shadow tables and swapped in by the same code as
 * {@code replay-tools rebuild timeline}, in this process. Then the ceiling of the same database in the same run.
 */
@Command(
        name = "benchmark-rebuild",
        mixinStandardHelpOptions = true,
        description = {
            "Measures rebuilding the timeline from the event store (events replayed per second, this process's "
                    + "heap) and the batched-JDBC ceiling of the same database.",
            "It COPIES EVENTS within the store until it holds --events: point it at a scratch database a hub has "
                    + "written (after benchmark-ingest, or generate --hub), with every hub on it stopped."
        })
public final class RebuildBenchmarkCommand implements Callable<Integer> {

    /** Events written again by plain JDBC for the ceiling: enough to measure, few enough to hold in memory. */
    private static final long CEILING_SAMPLE = 100_000;

    private final HubFactory hubs;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(
            names = "--events",
            defaultValue = "1000000",
            description = "grow the store to at least this many events first (default ${DEFAULT-VALUE})")
    long events;

    @Option(names = "--report", description = "write the report as Markdown here, and its plot beside it")
    Path report;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    public RebuildBenchmarkCommand(HubFactory hubs) {
        this.hubs = hubs;
    }

    record Report(
            String date,
            String database,
            long baseEvents,
            int copies,
            long storedEvents,
            long eventsReplayed,
            double seconds,
            double eventsPerSecond,
            boolean waitedForNodes,
            long peakHeapBytes,
            long maxHeapBytes,
            double ceilingRowsPerSecond,
            int cores,
            List<double[]> replayedPerSecond) {}

    @Override
    public Integer call() throws Exception {
        if (events < 1) {
            throw new ParameterException(spec.commandLine(), "--events must be at least 1");
        }
        JdbcTemplate jdbc = database.jdbc();
        long base = StoreCopies.count(jdbc);
        if (base == 0) {
            spec.commandLine()
                    .getErr()
                    .println("replay-tools: the store is empty; fill it first (benchmark-ingest or generate --hub)");
            return 1;
        }
        int copies;
        try (ProgressBar bar = bar("grow the store", events)) {
            bar.stepTo(base);
            copies = StoreCopies.growTo(jdbc, events, bar::stepTo);
        }
        long stored = StoreCopies.count(jdbc);
        // this run's copies and any an earlier run made: what the hub wrote is what is no copy
        copies = StoreCopies.copies(jdbc);
        base = stored - StoreCopies.copied(jdbc);
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        Ceiling.Measured ceiling = Ceiling.measure(jdbc, Math.max(0, head - CEILING_SAMPLE));

        ShadowRebuild.Result result;
        HeapPeak heap = new HeapPeak();
        List<double[]> perSecond = new ArrayList<>();
        try (var hub = hubs.startHub()) {
            // the timeline of this context must not replay the copies itself while it is measured
            hub.getBean(EventProcessingConfiguration.class)
                    .eventProcessor(ProcessingGroups.TIMELINE)
                    .ifPresent(EventProcessor::shutDown);
            ShadowRebuild rebuild = hub.getBean(ShadowRebuild.class);
            System.gc();
            heap.start();
            long started = System.nanoTime();
            AtomicLong lastSecond = new AtomicLong();
            AtomicLong lastPosition = new AtomicLong();
            try (ProgressBar bar = bar("rebuild timeline", head)) {
                result = rebuild.rebuild(ProcessingGroups.TIMELINE, position -> {
                    bar.stepTo(Math.min(position, head));
                    long second = (System.nanoTime() - started) / 1_000_000_000L;
                    if (second > lastSecond.get()) {
                        perSecond.add(new double[] {
                            second, (position - lastPosition.get()) / (double) (second - lastSecond.get())
                        });
                        lastSecond.set(second);
                        lastPosition.set(position);
                    }
                });
            } finally {
                heap.stop();
            }
        }
        String version = jdbc.queryForObject("select version()", String.class);
        Report r = new Report(
                LocalDate.now(ZoneOffset.UTC).toString(),
                version == null ? "?" : version.replaceAll(" on .*", ""),
                base,
                copies,
                stored,
                result.eventsReplayed(),
                result.seconds(),
                result.eventsPerSecond(),
                result.waitedForNodes(),
                heap.peak(),
                Runtime.getRuntime().maxMemory(),
                ceiling.rowsPerSecond(),
                Runtime.getRuntime().availableProcessors(),
                perSecond);
        if (report != null) {
            RebuildReport.write(report, r);
        }
        if (json) {
            var figures = new java.util.LinkedHashMap<String, Object>();
            figures.put("storedEvents", r.storedEvents());
            figures.put("eventsReplayed", r.eventsReplayed());
            figures.put("seconds", r.seconds());
            figures.put("eventsPerSecond", r.eventsPerSecond());
            figures.put("peakHeapBytes", r.peakHeapBytes());
            figures.put("ceilingRowsPerSecond", r.ceilingRowsPerSecond());
            figures.put("ofCeiling", r.eventsPerSecond() / Math.max(1, r.ceilingRowsPerSecond()));
            spec.commandLine()
                    .getOut()
                    .println(new ObjectMapper()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(figures));
        } else {
            spec.commandLine().getOut().print(RebuildReport.table(r));
        }
        return 0;
    }

    private static ProgressBar bar(String task, long max) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" events", 1)
                .build();
    }

    /** The most heap this process used while it ran, sampled four times a second. */
    private static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();
        private Thread sampler;

        void start() {
            sampler = new Thread(
                    () -> {
                        var memory = ManagementFactory.getMemoryMXBean();
                        while (!Thread.currentThread().isInterrupted()) {
                            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                            try {
                                Thread.sleep(250);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-peak");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() {
            sampler.interrupt();
        }

        long peak() {
            return peak.get();
        }
    }
}
