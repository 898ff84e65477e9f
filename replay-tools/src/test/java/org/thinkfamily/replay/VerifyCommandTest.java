package org.thinkfamily.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.thinkfamily.hub.integrity.HistoryChain;

/** {@code replay-tools verify} on a store the hub wrote and chained: 0 while intact, 3 naming the index once altered. */
class VerifyCommandTest {

    @TempDir
    Path dir;

    @Test
    void an_intact_history_exits_0_and_a_changed_byte_exits_3_naming_its_index() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("thinkfamily") + ";WRITE_DELAY=0";
        String head;
        try (var hub = RebuildCommandTest.hubWithFortyEvents(url)) {
            HistoryChain chain = hub.getBean(HistoryChain.class);
            while (chain.extend() > 0) {
                // until everything stored is chained
            }
            head = chain.head().link();
        }
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        Tool.Run intact = Tool.run("verify", "--json", "--anchor", head, "--spring.datasource.url=" + url);
        assertThat(intact.status()).as(intact.err()).isZero();
        assertThat(intact.json().get("intact").asBoolean()).isTrue();
        assertThat(intact.json().get("eventsChecked").asLong()).isEqualTo(stored);
        assertThat(intact.json().get("headLink").asText()).isEqualTo(head);

        long index = jdbc.queryForObject(
                "select global_index from domain_event_entry order by global_index limit 1 offset 10", Long.class);
        byte[] payload = jdbc.queryForObject(
                "select payload from domain_event_entry where global_index = ?", byte[].class, index);
        payload[payload.length - 2] ^= 0x20;
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", payload, index);

        Tool.Run altered = Tool.run("verify", "--json", "--spring.datasource.url=" + url);
        assertThat(altered.status()).as(altered.err()).isEqualTo(3);
        assertThat(altered.json().at("/differences/0/globalIndex").asLong()).isEqualTo(index);
        assertThat(altered.json().at("/differences/0/kind").asText()).isEqualTo("changed");

        Tool.Run text = Tool.run("verify", "--spring.datasource.url=" + url);
        assertThat(text.status()).isEqualTo(3);
        assertThat(text.out()).startsWith("altered: changed at global index " + index + " ");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        assertThat(Tool.run("verify", "--anchors", "x").status()).isEqualTo(2);
    }
}
