package org.thinkfamily.hub.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinkfamily.hub.support.OnPostgres;
import org.thinkfamily.hub.support.RunningHub;

/**
 * Two nodes starting together on a new database both create a streaming projection's segments, and one collides
 * with the other's (TwoNodesKillNineTest found a node exiting at start for it). The loser's transaction, in which
 * Axon's pooled processor catches the collision and tries again, must still commit.
 */
@OnPostgres
class PostgresTokenSegmentsRaceTest extends RunningHub {

    @Autowired
    TokenStore tokenStore;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Test
    void the_node_that_loses_the_race_to_create_a_projections_segments_commits_and_then_finds_them() throws Exception {
        String processor = "race-" + UUID.randomUUID();
        try (Connection otherNode = dataSource.getConnection()) {
            otherNode.setAutoCommit(false);
            try (PreparedStatement insert = otherNode.prepareStatement(
                    "insert into token_entry (processor_name, segment, owner, timestamp) values (?, ?, null, ?)")) {
                for (int segment = 0; segment < 2; segment++) {
                    insert.setString(1, processor);
                    insert.setInt(2, segment);
                    insert.setString(3, Instant.now().toString());
                    insert.executeUpdate();
                }
            }
            // as Axon's Coordinator.initializeTokenStore: look, create, and take a failure as a concurrent creation
            CompletableFuture<Boolean> created =
                    CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions).execute(status -> {
                        if (tokenStore.fetchSegments(processor).length > 0) {
                            return true;
                        }
                        try {
                            tokenStore.initializeTokenSegments(processor, 2, null);
                            return true;
                        } catch (RuntimeException concurrentAttempt) {
                            return false;
                        }
                    }));
            // the creation waits on the other node's uncommitted keys; then the other node commits first
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from pg_stat_activity where datname = current_database()"
                                            + " and wait_event_type = 'Lock'",
                                    Long.class)
                            > 0);
            otherNode.commit();
            assertThat(created.get(30, TimeUnit.SECONDS))
                    .as("collided, and its transaction committed")
                    .isFalse();
        }
        Integer[] segments = new TransactionTemplate(transactions)
                .execute(status -> java.util.Arrays.stream(tokenStore.fetchSegments(processor))
                        .boxed()
                        .toArray(Integer[]::new));
        assertThat(segments).containsExactly(0, 1);
    }
}
