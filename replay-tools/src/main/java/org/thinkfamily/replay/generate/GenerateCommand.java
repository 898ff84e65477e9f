package org.thinkfamily.replay.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.replay.matching.SyntheticPopulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code replay-tools generate}: a synthetic local authority with known truth, written as canonical events to a
 * file (JSON lines) and/or pushed to a running hub over its HTTP API, with a truth file saying which true person
 * and family each record is about. The same seed and flags give the same bytes.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generates a synthetic local authority with known truth: households of a synthetic population and what "
                    + "their agencies record over some years (weekly school attendance, A&E attendances, police incidents, "
                    + "youth justice outcomes, benefit claims, contacts to the front door, family relationships), with the "
                    + "typing errors and missing identifiers agencies make.",
            "Writes canonical events as JSON lines (--out) and/or pushes them to a running hub (--hub) as the demo "
                    + "agency accounts; writes a truth file of who each record is about. The same --seed and flags give "
                    + "the same output, byte for byte."
        })
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--families", defaultValue = "100000", description = "households (default ${DEFAULT-VALUE})")
    int families;

    @Option(names = "--years", defaultValue = "5", description = "years of history (default ${DEFAULT-VALUE})")
    int years;

    @Option(
            names = "--until",
            defaultValue = "2026-11-01",
            description = "the history ends at the start of this day, UTC (default ${DEFAULT-VALUE})")
    LocalDate until;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "seed of the population and records (default ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--events-per-family-year",
            defaultValue = "20",
            description = "records a family has a year on average (default ${DEFAULT-VALUE}: about 10 million "
                    + "for 100,000 families over 5 years); 0 for the model's own rates")
    double perFamilyYear;

    @Option(names = "--out", description = "write the canonical events here, one JSON object a line")
    Path out;

    @Option(
            names = "--truth",
            description = "write the truth here (default: beside --out as <name>.truth.jsonl, else "
                    + "synthetic-authority.truth.jsonl)")
    Path truth;

    @Option(names = "--hub", description = "push to the hub at this base URL, e.g. http://localhost:8080")
    URI hub;

    @Option(names = "--batch", defaultValue = "100", description = "events per request (default ${DEFAULT-VALUE})")
    int batch;

    @Option(
            names = "--connections",
            defaultValue = "4",
            description = "requests in flight at once (default ${DEFAULT-VALUE})")
    int connections;

    @Option(
            names = "--run",
            description = "prefix of message ids and references (default SYN<seed>); another run's records "
                    + "are new to the hub, the same run's are DUPLICATE")
    String run;

    @Option(names = "--json", description = "print the summary as JSON")
    boolean json;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    public GenerateCommand() {}

    /** How canonical events and truth lines are written: ISO dates, fields in the records' order. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    record Pushed(
            String hub,
            int connections,
            int batch,
            long accepted,
            long duplicate,
            long rejected,
            Map<String, Long> rejectedReasons,
            double seconds,
            double eventsPerSecond) {}

    record Result(
            long seed,
            int families,
            int people,
            String from,
            String until,
            long events,
            Map<String, Long> eventsByType,
            String out,
            String truth,
            Pushed pushed) {}

    @Override
    public Integer call() throws Exception {
        if (families < 1 || years < 1 || batch < 1 || connections < 1 || perFamilyYear < 0) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--families, --years, --batch and --connections must be at least 1, "
                            + "--events-per-family-year 0 or more");
        }
        if (out == null && hub == null) {
            throw new ParameterException(
                    spec.commandLine(), "say where the events go: --out <file>, --hub <url>, or both");
        }
        String runId = run != null ? run : "SYN" + seed;
        if (!runId.matches("[A-Za-z0-9-]{1,40}")) {
            throw new ParameterException(spec.commandLine(), "--run must be letters, digits and hyphens, up to 40");
        }
        Path truthFile = truth != null ? truth : defaultTruth();
        ObjectMapper mapper = mapper();
        SyntheticPopulation population = SyntheticPopulation.households(families, seed);
        Instant end = until.atStartOfDay(ZoneOffset.UTC).toInstant();
        SyntheticAuthority authority = new SyntheticAuthority(population, seed, end, years, runId);
        if (perFamilyYear > 0) {
            authority.aim(perFamilyYear);
        }

        Map<String, Long> byType = new TreeMap<>();
        long count = 0;
        Pushed pushed = null;
        Instant started = Instant.now();
        try (Writer events = out == null ? null : writer(out);
                Writer truths = writer(truthFile);
                HubPush push = hub == null ? null : new HubPush(hub, connections, mapper);
                ProgressBar bar = quiet
                        ? null
                        : new ProgressBarBuilder()
                                .setTaskName("generate")
                                .setInitialMax(families)
                                .setStyle(ProgressBarStyle.ASCII)
                                .setUnit(" families", 1)
                                .build()) {
            List<Map<Sector, List<CanonicalEvent>>> lanes = new ArrayList<>();
            for (int i = 0; push != null && i < push.lanes(); i++) {
                lanes.add(new EnumMap<>(Sector.class));
            }
            for (int h = 0; h < families; h++) {
                for (GeneratedRecord record : authority.household(h)) {
                    count++;
                    byType.merge(record.event().type().name(), 1L, Long::sum);
                    if (events != null) {
                        events.write(mapper.writeValueAsString(record.event()));
                        events.write('\n');
                    }
                    truths.write(mapper.writeValueAsString(record.truth()));
                    truths.write('\n');
                    if (push != null) {
                        int lane = h % push.lanes();
                        Sector sector = record.event().source().sector();
                        List<CanonicalEvent> buffer =
                                lanes.get(lane).computeIfAbsent(sector, s -> new ArrayList<>(batch));
                        buffer.add(record.event());
                        if (buffer.size() == batch) {
                            push.send(lane, sector, buffer);
                            buffer.clear();
                        }
                    }
                }
                if (bar != null) {
                    bar.step();
                }
            }
            if (push != null) {
                for (int lane = 0; lane < lanes.size(); lane++) {
                    for (var buffered : lanes.get(lane).entrySet()) {
                        if (!buffered.getValue().isEmpty()) {
                            push.send(lane, buffered.getKey(), buffered.getValue());
                        }
                    }
                }
                HubPush.Tally tally = push.finish();
                double seconds = Duration.between(started, Instant.now()).toNanos() / 1e9;
                pushed = new Pushed(
                        hub.toString(),
                        connections,
                        batch,
                        tally.accepted(),
                        tally.duplicate(),
                        tally.rejected(),
                        tally.rejectedReasons(),
                        seconds,
                        (tally.accepted() + tally.duplicate() + tally.rejected()) / seconds);
            }
        }
        Result result = new Result(
                seed,
                families,
                population.size(),
                authority.from().toString(),
                end.toString(),
                count,
                byType,
                out == null ? null : out.toString(),
                truthFile.toString(),
                pushed);
        if (json) {
            spec.commandLine()
                    .getOut()
                    .println(mapper.copy()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(result));
        } else {
            spec.commandLine().getOut().print(summary(result));
        }
        return pushed != null && pushed.rejected() > 0 ? 1 : 0;
    }

    private Path defaultTruth() {
        if (out == null) {
            return Path.of("synthetic-authority.truth.jsonl");
        }
        String name = out.getFileName().toString();
        String stem = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        return out.resolveSibling(stem + ".truth.jsonl");
    }

    private static Writer writer(Path path) throws java.io.IOException {
        if (path.toAbsolutePath().getParent() != null) {
            Files.createDirectories(path.toAbsolutePath().getParent());
        }
        return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
    }

    static String summary(Result r) {
        StringBuilder text = new StringBuilder();
        text.append("Synthetic authority (seed %d): %d families, %d people, %s to %s%n"
                .formatted(r.seed(), r.families(), r.people(), r.from(), r.until()));
        text.append("%d events".formatted(r.events()));
        if (r.out() != null) {
            text.append(" written to ").append(r.out());
        }
        text.append("; truth in ").append(r.truth()).append(System.lineSeparator());
        r.eventsByType().forEach((type, n) -> text.append("  %-32s %,12d%n".formatted(type, n)));
        Pushed p = r.pushed();
        if (p != null) {
            text.append("Pushed to %s over %d connections, %d a request: %.1f s, %.0f events/s%n"
                    .formatted(p.hub(), p.connections(), p.batch(), p.seconds(), p.eventsPerSecond()));
            text.append(
                    "  ACCEPTED %d, DUPLICATE %d, REJECTED %d%n".formatted(p.accepted(), p.duplicate(), p.rejected()));
            p.rejectedReasons().forEach((reason, n) -> text.append("  rejected %,d: %s%n".formatted(n, reason)));
        }
        return text.toString();
    }
}
