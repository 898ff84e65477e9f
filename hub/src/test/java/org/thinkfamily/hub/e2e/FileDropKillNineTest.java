package org.thinkfamily.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.HubProcess;

/**
 * A file interrupted midway by kill -9 ends, after the restart, with every line applied exactly once:
 * the file stays in the inbox until every record is committed or dead-lettered, and lines taken before
 * the kill answer DUPLICATE the second time.
 */
class FileDropKillNineTest {

    static final int LINES = 600;

    @TempDir
    Path workDir;

    @Test
    void a_file_killed_midway_is_applied_exactly_once_after_the_restart() throws Exception {
        Path inbox = workDir.resolve("inbox");
        Path folder = Files.createDirectories(inbox.resolve("benefits"));
        StringBuilder csv = new StringBuilder(
                "nino,forename,surname,date_of_birth,postcode,benefit,event,event_date,claim_reference\n");
        for (int i = 0; i < LINES; i++) {
            csv.append("JG%06dA,Adult%d,Family%d,1985-01-01,BD1 1AA,UC,START,2026-08-01,UC-%d\n".formatted(i, i, i, i));
        }
        int port = HubProcess.freePort();
        List<String> args =
                List.of("--thinkfamily.connectors.inbox=" + inbox, "--thinkfamily.connectors.poll-every=200ms");
        HubProcess hub = HubProcess.start(port, workDir, args);
        Path staging = folder.resolve(".claims.csv.part");
        Files.writeString(staging, csv);
        Files.move(staging, folder.resolve("claims.csv"), StandardCopyOption.ATOMIC_MOVE);

        HubClient client = new HubClient(port);
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> accepted(client) >= 100);
        assertThat(Files.exists(folder.resolve(".done").resolve("claims.csv")))
                .as("killed midway, not after the file was done")
                .isFalse();
        hub.kill9();
        assertThat(folder.resolve("claims.csv")).exists();

        try (HubProcess restarted = HubProcess.start(port, workDir, args)) {
            await().atMost(Duration.ofSeconds(180))
                    .until(() -> Files.exists(folder.resolve(".done").resolve("claims.csv")));
        }
        try (Connection db =
                DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data/thinkfamily"), "sa", "")) {
            assertThat(count(
                            db,
                            "select count(*) from domain_event_entry where payload_type like '%AgencyEventRecorded'"))
                    .isEqualTo(LINES);
            assertThat(count(db, "select count(*) from identity_key where identifier_system = 'ni-number'"))
                    .isEqualTo(LINES);
            assertThat(count(db, "select count(*) from dead_letter")).isZero();
        }
    }

    private static long accepted(HubClient client) {
        String metrics = client.get("manager", "/actuator/prometheus").body();
        return metrics.lines()
                .filter(l -> l.startsWith("thinkfamily_connector_records_total")
                        && l.contains("connector=\"benefits\"")
                        && l.contains("outcome=\"ACCEPTED\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
