package org.thinkfamily.replay.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thinkfamily.replay.generate.GenerateCommand;
import org.thinkfamily.replay.generate.SyntheticAuthority;
import org.thinkfamily.replay.matching.SyntheticPopulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Measures a running hub's ingest over HTTP, as agencies use it: a synthetic authority pushed in arrays from
 * several connections, first as a first load (most people new to the hub), then again as a second run over the
 * same families (new records about people the hub knows). Then the ceiling: the same event-store rows written by
 * plain batched JDBC into the same PostgreSQL in the same run, and the ratio between the two.
 */
@Command(
        name = "benchmark-ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Measures a running hub's ingest through POST /api/v1/events: events per second accepted, request "
                    + "latency, the timeline's lag, the hub's heap, and the batched-JDBC ceiling of the same database.",
            "It WRITES SYNTHETIC RECORDS through the hub: point it at a hub on a scratch database (it refuses a "
                    + "store that already holds events, unless --force)."
        })
public final class IngestBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--hub", required = true, description = "the hub's base URL, e.g. http://localhost:8080")
    URI hub;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--families", defaultValue = "2000", description = "households (default ${DEFAULT-VALUE})")
    int families;

    @Option(names = "--years", defaultValue = "1", description = "years of history (default ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the population (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--batch", defaultValue = "100", description = "events per request (default ${DEFAULT-VALUE})")
    int batch;

    @Option(
            names = "--connections",
            defaultValue = "4",
            description = "requests in flight at once (default ${DEFAULT-VALUE})")
    int connections;

    @Option(
            names = "--warmup-families",
            defaultValue = "4000",
            description = "households of another population pushed first, both ways, and not measured: a hub just"
                    + " started compiles its code for minutes while it runs (default ${DEFAULT-VALUE}; 0: none)")
    int warmupFamilies;

    @Option(
            names = "--vacuum-every",
            defaultValue = "30",
            description = "when the server runs without autovacuum, vacuum and analyse every this many seconds "
                    + "(default ${DEFAULT-VALUE}; 0: never)")
    int vacuumEvery;

    @Option(names = "--report", description = "write the report as Markdown here, and its plots beside it")
    Path report;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Option(names = "--force", description = "run even though the store already holds events")
    boolean force;

    record Report(
            String date,
            String database,
            String settings,
            List<IngestPhase.Result> phases,
            long storedRows,
            double storedRowsPerEvent,
            long ceilingRows,
            double ceilingRowsPerSecond,
            double ceilingEventsPerSecond,
            int cores) {}

    @Override
    public Integer call() throws Exception {
        if (families < 1 || years < 1 || batch < 1 || connections < 1) {
            throw new ParameterException(
                    spec.commandLine(), "--families, --years, --batch and --connections must be at least 1");
        }
        if (warmupFamilies < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup-families must be 0 or more");
        }
        JdbcTemplate jdbc = database.jdbc();
        long startIndex = StoreCopies.head(jdbc);
        if (startIndex > 0 && !force) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "replay-tools: the store already holds events; benchmark a hub on a scratch database, or add --force");
            return 1;
        }
        ObjectMapper mapper = GenerateCommand.mapper();
        IngestPhase phase = new IngestPhase(hub, jdbc, mapper, connections, batch);
        SyntheticPopulation population = SyntheticPopulation.households(families, seed);
        Instant until = LocalDate.of(2026, 11, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        String stamp = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        IngestPhase.Result first;
        IngestPhase.Result known;
        boolean vacuumed;
        try (Autovacuum autovacuum = Autovacuum.standIn(jdbc, vacuumEvery)) {
            vacuumed = autovacuum.active();
            if (warmupFamilies > 0) {
                // other people at other addresses, new and then known: the measured runs meet none of them by an
                // identifier or a UPRN (the matcher may link a few by name, birth date and postcode)
                SyntheticPopulation others = population.besideThese(warmupFamilies, seed + 1);
                phase.run(
                        "warm-up, new",
                        aimed(new SyntheticAuthority(others, seed + 1, until, years, "WN" + stamp)),
                        warmupFamilies);
                phase.run(
                        "warm-up, known",
                        aimed(new SyntheticAuthority(others, seed + 1, until, years, "WK" + stamp)),
                        warmupFamilies);
                startIndex = StoreCopies.head(jdbc);
            }
            first = phase.run(
                    "first load (most people new)",
                    aimed(new SyntheticAuthority(population, seed, until, years, "BN" + stamp)),
                    families);
            known = phase.run(
                    "known families (a second run over the same people)",
                    aimed(new SyntheticAuthority(population, seed, until, years, "BK" + stamp)),
                    families);
        }

        long storedRows = jdbc.queryForObject(
                "select count(*) from domain_event_entry where global_index > ?", Long.class, startIndex);
        long accepted = first.accepted() + known.accepted();
        Ceiling.Measured ceiling = Ceiling.measure(jdbc, startIndex);
        double rowsPerEvent = accepted == 0 ? 0 : storedRows / (double) accepted;
        String version = jdbc.queryForObject("select version()", String.class);
        Report result = new Report(
                LocalDate.now(ZoneOffset.UTC).toString(),
                version == null ? "?" : version.replaceAll(" on .*", ""),
                "%d households, %d year(s) of records, seed %d; arrays of %d over %d connections%s%s"
                        .formatted(
                                families,
                                years,
                                seed,
                                batch,
                                connections,
                                warmupFamilies > 0
                                        ? "; first, not measured, " + warmupFamilies + " households of another"
                                                + " population (no identifier or address in common with the measured"
                                                + " one) pushed new and then known, as a warm-up (a hub just"
                                                + " started compiles its code while it runs)"
                                        : "",
                                vacuumed
                                        ? "; the server runs without autovacuum, so the benchmark vacuumed and analysed"
                                                + " its database every " + vacuumEvery + " s in its stead"
                                        : ""),
                List.of(first, known),
                storedRows,
                rowsPerEvent,
                ceiling.rows(),
                ceiling.rowsPerSecond(),
                rowsPerEvent == 0 ? 0 : ceiling.rowsPerSecond() / rowsPerEvent,
                Runtime.getRuntime().availableProcessors());
        if (report != null) {
            IngestReport.write(report, result);
        }
        if (json) {
            spec.commandLine()
                    .getOut()
                    .println(mapper.copy()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(summary(result)));
        } else {
            spec.commandLine().getOut().print(IngestReport.table(result));
        }
        return first.rejected() + known.rejected() == 0 ? 0 : 1;
    }

    private static SyntheticAuthority aimed(SyntheticAuthority authority) {
        authority.aim(20);
        return authority;
    }

    /** The figures without the series behind the plots. */
    private static Map<String, Object> summary(Report r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", r.date());
        out.put("database", r.database());
        out.put("settings", r.settings());
        out.put(
                "phases",
                r.phases().stream()
                        .map(p -> Map.of(
                                "name", p.name(),
                                "events", p.events(),
                                "accepted", p.accepted(),
                                "duplicate", p.duplicate(),
                                "rejected", p.rejected(),
                                "eventsPerSecond", p.eventsPerSecond(),
                                "requestP99Millis", p.requestP99Millis(),
                                "timelineBehindAtEndSeconds", p.timelineBehindAtEndSeconds(),
                                "peakHeapBytes", p.peakHeapBytes(),
                                "ofCeiling", p.eventsPerSecond() / Math.max(1, r.ceilingEventsPerSecond())))
                        .toList());
        out.put("ceilingEventsPerSecond", r.ceilingEventsPerSecond());
        out.put("storedRowsPerEvent", r.storedRowsPerEvent());
        return out;
    }
}
