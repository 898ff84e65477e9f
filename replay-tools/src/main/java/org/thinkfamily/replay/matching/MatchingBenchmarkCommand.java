package org.thinkfamily.replay.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.thinkfamily.hub.identity.matching.MatchDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Measures the hub's matching on details against a synthetic population with known truth: precision,
 * recall, the review queue, and records matched per second. Needs no database and no hub running.
 */
@Command(
        name = "benchmark-matching",
        mixinStandardHelpOptions = true,
        description = {
            "Measures matching on details: the hub's scorer, blocking keys and thresholds against a synthetic "
                    + "population in memory with known truth. Reports precision of automatic links, recall (review pairs with "
                    + "the true candidate count as found), F1, the review queue, records matched per second and latency, and "
                    + "which distortions cause missed matches and wrong links.",
            "Needs no database and no hub running. A million people take about 0.7 GiB of heap (-Xmx2g is ample). "
                    + "Run it on a quiet machine: a build alongside halves the rate on two cores."
        })
public final class MatchingBenchmarkCommand implements Callable<Integer> {

    /** Whatever follows this line in an existing report (findings written by hand) survives a rerun. */
    static final String NOTES = "<!-- Notes below this line are kept when benchmark-matching rewrites the report. -->";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--people",
            defaultValue = "1000000",
            description = "people in the index (default ${DEFAULT-VALUE})")
    int people;

    @Option(
            names = "--records",
            defaultValue = "200000",
            description = "agency records to match (default ${DEFAULT-VALUE})")
    int records;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "seed of the population and the records (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", description = "matching threads (default: the processors, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--link", description = "link threshold (default: the hub's, ${DEFAULT-VALUE})")
    double link = MatchDecision.defaults().link();

    @Option(names = "--review", description = "review threshold (default: the hub's, ${DEFAULT-VALUE})")
    double review = MatchDecision.defaults().review();

    @Option(
            names = "--report",
            defaultValue = "docs/benchmarks/matching.md",
            description = "write the report as Markdown here (default ${DEFAULT-VALUE})")
    Path report;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    public MatchingBenchmarkCommand() {}

    @Override
    public Integer call() throws Exception {
        if (people < 1 || records < 1 || threads < 1) {
            throw new ParameterException(spec.commandLine(), "--people, --records and --threads must be at least 1");
        }
        if (review > link) {
            throw new ParameterException(spec.commandLine(), "--review must not be above --link");
        }
        var settings = new MatchingBenchmark.Settings(people, records, seed, threads, link, review);
        MatchingBenchmark.Result result = MatchingBenchmark.run(settings, !quiet);
        String markdown = MatchingReport.markdown(result);
        if (report.toAbsolutePath().getParent() != null) {
            Files.createDirectories(report.toAbsolutePath().getParent());
        }
        String earlier = Files.exists(report) ? Files.readString(report) : "";
        Files.writeString(
                report,
                earlier.contains(NOTES) ? markdown + "\n" + earlier.substring(earlier.indexOf(NOTES)) : markdown);
        if (json) {
            spec.commandLine()
                    .getOut()
                    .println(new ObjectMapper()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(result));
        } else {
            spec.commandLine().getOut().print(markdown);
        }
        return 0;
    }
}
