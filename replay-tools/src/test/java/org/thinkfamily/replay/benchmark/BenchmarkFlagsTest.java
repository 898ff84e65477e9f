package org.thinkfamily.replay.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thinkfamily.replay.ReplayTools;

/** Flags that cannot describe a run are refused as usage errors (exit 2) before anything is touched. */
class BenchmarkFlagsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "benchmark-ingest --hub http://127.0.0.1:9 --database jdbc:h2:mem:x --families 0 | --families",
                "benchmark-ingest --hub http://127.0.0.1:9 --database jdbc:h2:mem:x --connections 0 | --connections",
                "benchmark-ingest --hub http://127.0.0.1:9 --database jdbc:h2:mem:x --warmup-families -1 | --warmup-families",
                "benchmark-reads --hub http://127.0.0.1:9 --database jdbc:h2:mem:x --users 0 | --users",
                "benchmark-reads --hub http://127.0.0.1:9 --database jdbc:h2:mem:x --seconds 0 | --seconds",
                "benchmark-rebuild --database jdbc:h2:mem:x --events 0 | --events"
            })
    void impossible_flags_are_a_usage_error_naming_the_flag(String command, String flag) {
        StringWriter err = new StringWriter();
        int status = ReplayTools.run(
                command.trim().split(" +"), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(status).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains(flag);
    }
}
