package org.thinkfamily.replay.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thinkfamily.replay.ReplayTools;

/** {@code replay-tools benchmark-matching} on a small population: the report holds the figures and no one's details. */
class MatchingBenchmarkCommandTest {

    @TempDir
    Path dir;

    @Test
    void a_small_run_writes_the_report_and_prints_the_figures_as_json() throws Exception {
        Path report = dir.resolve("out/matching.md");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ReplayTools.run(
                new String[] {
                    "benchmark-matching",
                    "--people",
                    "20000",
                    "--records",
                    "4000",
                    "--seed",
                    "5",
                    "--threads",
                    "2",
                    "--report",
                    report.toString(),
                    "--json",
                    "--quiet"
                },
                new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(status).as(err.toString()).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString());
        assertThat(result.at("/settings/people").asInt()).isEqualTo(20_000);
        assertThat(result.at("/settings/link").asDouble()).isEqualTo(18.0); // the hub's defaults
        assertThat(result.at("/settings/review").asDouble()).isEqualTo(10.0);
        JsonNode accuracy = result.get("accuracy");
        assertThat(accuracy.get("records").asLong()).isEqualTo(4_000);
        assertThat(accuracy.get("indexed").asLong() + accuracy.get("notIndexed").asLong())
                .isEqualTo(4_000);
        assertThat(accuracy.get("precision").asDouble()).isBetween(0.9, 1.0);
        assertThat(accuracy.get("recall").asDouble()).isBetween(0.9, 1.0);
        assertThat(result.at("/timing/matchesPerSecond").asDouble()).isPositive();
        assertThat(result.get("byDistortion")).isNotEmpty();
        assertThat(result.get("sweep")).isNotEmpty();

        String markdown = Files.readString(report);
        assertThat(markdown)
                .startsWith("# Matching benchmark")
                .contains("benchmark-matching --people 20000 --records 4000 --seed 5")
                .contains("| **precision** (right links / all automatic links) | **%.4f** |"
                        .formatted(accuracy.get("precision").asDouble()))
                .contains("| **recall**")
                .contains("| F1 |")
                .contains("| **review queue** |")
                .contains("records matched per second")
                .contains("`DATE_DIGIT_YEAR`")
                .contains("## Twins")
                .contains("## Other thresholds");
        assertThat(markdown).doesNotContainPattern("[A-Z]{1,2}\\d{1,2} ?\\d[A-Z]{2}"); // no postcode
        Matcher dates = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(markdown);
        while (dates.find()) {
            assertThat(dates.group())
                    .as("only the run's date")
                    .isEqualTo(LocalDate.now().toString());
        }
    }

    @Test
    void a_rerun_rewrites_the_figures_and_keeps_the_notes_below_the_marker() throws Exception {
        Path report = dir.resolve("matching.md");
        Files.writeString(
                report,
                "# Matching benchmark\nOLD FIGURES\n\n" + MatchingBenchmarkCommand.NOTES + "\n\n## Findings\nkept\n");
        int status = ReplayTools.run(
                new String[] {
                    "benchmark-matching",
                    "--people",
                    "2000",
                    "--records",
                    "200",
                    "--report",
                    report.toString(),
                    "--quiet"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertThat(status).isZero();
        String markdown = Files.readString(report);
        assertThat(markdown)
                .doesNotContain("OLD FIGURES")
                .contains("--people 2000 --records 200")
                .endsWith(MatchingBenchmarkCommand.NOTES + "\n\n## Findings\nkept\n");
    }

    @Test
    void a_review_threshold_above_the_link_threshold_is_a_usage_error() {
        StringWriter err = new StringWriter();
        int status = ReplayTools.run(
                new String[] {
                    "benchmark-matching",
                    "--link",
                    "10",
                    "--review",
                    "12",
                    "--report",
                    dir.resolve("x.md").toString()
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--review must not be above --link");
        assertThat(dir.resolve("x.md")).doesNotExist();
    }
}
