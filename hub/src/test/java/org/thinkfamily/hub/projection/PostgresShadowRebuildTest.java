package org.thinkfamily.hub.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.OnPostgres;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * A streaming projection rebuilt into shadow tables while the hub serves: agencies keep pushing and people keep
 * reading the timeline throughout, nobody is refused, and afterwards the projection holds exactly the rows a cold
 * rebuild (tokens reset, the store replayed into the live tables) gives.
 */
@OnPostgres
@TestPropertySource(properties = "thinkfamily.test.hub=shadow-rebuild")
class PostgresShadowRebuildTest extends AgencyScenarios {

    private static final List<String> TIMELINE_TABLES =
            List.of("timeline_entry", "timeline_entry_person", "timeline_member");

    @Autowired
    ShadowRebuild shadowRebuild;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void the_timeline_rebuilt_while_serving_has_the_rows_of_a_cold_rebuild() throws Exception {
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            families.add(pushTheScenario());
        }
        // rows moved between people: one pair linked and left so, another linked and unlinked again
        String[] linked = twoRecordsOfOneChild();
        link(linked);
        String[] unlinked = twoRecordsOfOneChild();
        link(unlinked);
        HubClient.Response undone = hub.delete("manager", "/api/v1/people/" + unlinked[0] + "/links/" + unlinked[1]);
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        // a child erased: their entries keep what happened and lose their words, in the shadow as in the live rows
        HubClient.Response erased = hub.post(
                "auditor",
                "/api/v1/people/" + families.get(0).childId() + "/erase",
                "{\"reason\":\"retention ended\"}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        awaitCaughtUp(ProcessingGroups.TIMELINE);
        List<String> indexesBefore = indexesOf(TIMELINE_TABLES);

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger readsDuringRebuild = new AtomicInteger();
        List<Family> pushedMeanwhile = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
            int i = 0;
            while (rebuilding.get()) {
                Family family = families.get(i++ % families.size());
                var read = hub.get("manager", "/api/v1/families/" + family.familyId() + "/timeline");
                if (read.status() != 200) {
                    refused.add("timeline read answered " + read.status());
                }
                readsDuringRebuild.incrementAndGet();
                if (i % 3 == 0) {
                    pushedMeanwhile.add(pushTheScenario());
                }
            }
        });

        ShadowRebuild.Result result;
        try {
            Thread.sleep(300);
            result = shadowRebuild.rebuild(ProcessingGroups.TIMELINE, position -> {});
            Thread.sleep(300);
        } finally {
            rebuilding.set(false);
        }
        serving.get();

        assertThat(refused).isEmpty();
        assertThat(readsDuringRebuild.get()).isPositive();
        assertThat(pushedMeanwhile).isNotEmpty();
        assertThat(result.eventsReplayed()).isPositive();
        assertThat(indexesOf(TIMELINE_TABLES)).containsExactlyElementsOf(indexesBefore);
        assertThat(jdbc.queryForObject("select count(*) from pg_tables where tablename like '%\\_rebuild'", Long.class))
                .isZero();
        assertThat(new NamedParameterJdbcTemplate(jdbc)
                        .queryForList(
                                "select relname from pg_stat_user_tables where relname in (:tables)"
                                        + " and last_analyze is null",
                                Map.of("tables", TIMELINE_TABLES),
                                String.class))
                .as(
                        "the shadows, now live, were analysed while they grew: a plan kept from an empty table reads it all")
                .isEmpty();
        // records pushed during and after the swap reach the timeline: the live processor went on from the shadow
        for (Family family : pushedMeanwhile) {
            awaitTimeline(family.familyId(), 3);
        }
        awaitCaughtUp(ProcessingGroups.TIMELINE);
        var rebuiltWhileServing = rowsOf(TIMELINE_TABLES);

        coldRebuild(ProcessingGroups.TIMELINE);

        assertSameRows(rowsOf(TIMELINE_TABLES), rebuiltWhileServing);
        assertThat(jdbc.queryForObject("select count(*) from timeline_entry where personal_data_erased", Long.class))
                .isPositive();
    }

    @Test
    void the_access_log_rebuilt_while_serving_has_the_rows_of_a_cold_rebuild() throws Exception {
        Family family = pushTheScenario();
        for (int i = 0; i < 5; i++) {
            timeline("manager", family.familyId(), "");
        }
        awaitCaughtUp(ProcessingGroups.ACCESS_LOG);

        shadowRebuild.rebuild(ProcessingGroups.ACCESS_LOG, position -> {});
        timeline("manager", family.familyId(), "");
        awaitCaughtUp(ProcessingGroups.ACCESS_LOG);
        var rebuiltWhileServing = rowsOf(List.of("access_log_entry"));

        coldRebuild(ProcessingGroups.ACCESS_LOG);

        assertSameRows(rowsOf(List.of("access_log_entry")), rebuiltWhileServing);
        assertThat(rebuiltWhileServing.get(0)).isNotEmpty();
    }

    @Test
    void a_second_rebuild_of_a_projection_is_refused_while_one_runs() throws Exception {
        pushTheScenario();
        awaitCaughtUp(ProcessingGroups.ACCESS_LOG);
        CompletableFuture<ShadowRebuild.Result> first =
                CompletableFuture.supplyAsync(() -> shadowRebuild.rebuild(ProcessingGroups.ACCESS_LOG, position -> {}));
        // the first holds the claims for a claim timeout (the hub's processor held them): time enough to try again
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from pg_tables where tablename = 'access_log_entry_rebuild'",
                                Long.class)
                        == 1);

        assertThatThrownBy(() -> shadowRebuild.rebuild(ProcessingGroups.ACCESS_LOG, position -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("running already");
        assertThat(first.get(60, TimeUnit.SECONDS).eventsReplayed()).isPositive();
    }

    /** A hospital's and a school's record of one child that matching leaves apart: the two people's ids. */
    private String[] twoRecordsOfOneChild() {
        String family = familyName();
        String nhs = TestIdentifiers.nhsNumber();
        String upn = TestIdentifiers.upn();
        accepted("nhs", hospitalRecordOfChild(family, nhs));
        accepted("school", schoolRecordOfSameChild(family, upn));
        return new String[] {personBy("nhs-number", nhs), personBy("upn", upn)};
    }

    private String personBy(String system, String value) {
        return hub.get("manager", "/api/v1/people?identifier=" + system + "%7C" + value)
                .text("/people/0/personId");
    }

    private void link(String[] people) {
        HubClient.Response linked =
                hub.post("manager", "/api/v1/people/" + people[0] + "/links", "{\"personId\":\"" + people[1] + "\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
    }

    /** What the projection is usually rebuilt by: its tokens reset and the store replayed into the live tables. */
    private void coldRebuild(String name) {
        PooledStreamingEventProcessor processor = processor(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitCaughtUp(name);
    }

    private void awaitCaughtUp(String name) {
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        PooledStreamingEventProcessor processor = processor(name);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream()
                                .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head));
    }

    private PooledStreamingEventProcessor processor(String name) {
        return processing
                .eventProcessor(name, PooledStreamingEventProcessor.class)
                .orElseThrow();
    }

    /** Every row of each table, in a stable order, every column. */
    private List<List<Map<String, Object>>> rowsOf(List<String> tables) {
        return tables.stream()
                .map(table -> jdbc.queryForList("select * from " + table + " order by 1, 2, 3"))
                .toList();
    }

    /** Table by table, the rows only one side has (none, when they agree). */
    private static void assertSameRows(List<List<Map<String, Object>>> cold, List<List<Map<String, Object>>> shadow) {
        for (int t = 0; t < cold.size(); t++) {
            List<Map<String, Object>> onlyCold = new ArrayList<>(cold.get(t));
            onlyCold.removeAll(shadow.get(t));
            List<Map<String, Object>> onlyShadow = new ArrayList<>(shadow.get(t));
            onlyShadow.removeAll(cold.get(t));
            assertThat(onlyCold)
                    .as("rows of table %d only after the cold rebuild", t)
                    .isEmpty();
            assertThat(onlyShadow)
                    .as("rows of table %d only after the rebuild while serving", t)
                    .isEmpty();
            assertThat(shadow.get(t)).as("table %d", t).isEqualTo(cold.get(t));
        }
    }

    private List<String> indexesOf(List<String> tables) {
        return tables.stream()
                .flatMap(table -> jdbc
                        .queryForList(
                                "select indexname || ': ' || indexdef from pg_indexes where tablename = ? order by 1",
                                String.class,
                                table)
                        .stream())
                .toList();
    }
}
