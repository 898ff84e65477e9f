package org.thinkfamily.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.thinkfamily.contracts.agencyevent.AgencyEventIds;
import org.thinkfamily.hub.support.CanonicalEvents;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.HubProcess;
import org.thinkfamily.hub.support.PostgresTestDatabase;
import org.thinkfamily.hub.support.RequiresPostgres;
import org.thinkfamily.hub.support.RequiresRabbitMq;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * The canonical-events queue with two hub nodes on one database: both consume it (competing consumers, one
 * message to one node); one is killed with SIGKILL while it holds messages it has not acknowledged, the broker
 * delivers them again to the other, and every event on the queue (some put there twice) is stored exactly once.
 */
@RequiresPostgres
@RequiresRabbitMq
class TwoNodesQueueTest {

    static final int MESSAGES = 300;
    static final int PUT_TWICE = 30;
    static final String EXCHANGE = "thinkfamily";
    static final String AGENCY = "bradford-teaching-hospitals";

    @TempDir
    Path workDir;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String eventsQueue = "thinkfamily.events.two-nodes-" + run;
    private final String policeQueue = "thinkfamily.police.two-nodes-" + run;
    private final String url = PostgresTestDatabase.create();
    private final JdbcTemplate db = new JdbcTemplate(
            new DriverManagerDataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD));
    private final CachingConnectionFactory broker = new CachingConnectionFactory(RequiresRabbitMq.HOST);
    private final RabbitAdmin admin = new RabbitAdmin(broker);
    private final List<HubProcess> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void cleanUp() throws InterruptedException {
        for (HubProcess node : started) {
            if (node.isAlive()) {
                node.kill9();
            }
        }
        admin.deleteQueue(eventsQueue);
        admin.deleteQueue(policeQueue);
        broker.destroy();
    }

    @Test
    void two_nodes_compete_for_the_queue_and_a_killed_nodes_unacknowledged_messages_are_taken_once_by_the_other()
            throws Exception {
        Instant began = Instant.now();
        HubProcess.Node nodeA = HubProcess.Node.of("hub-a", workDir);
        HubProcess.Node nodeB = HubProcess.Node.of("hub-b", workDir);
        ExecutorService starting = Executors.newFixedThreadPool(2);
        Future<HubProcess> a = starting.submit(() -> start(nodeA));
        Future<HubProcess> b = starting.submit(() -> start(nodeB));
        HubProcess survivor = a.get();
        HubProcess victim = b.get();
        starting.shutdown();
        await().atMost(Duration.ofSeconds(30)).until(() -> consumers() == 2);

        // a few children, each in many messages; some messages put on the queue twice (a redelivery)
        List<String> children = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            children.add(TestIdentifiers.nhsNumber());
        }
        RabbitTemplate rabbit = new RabbitTemplate(broker);
        Set<String> eventIds = new HashSet<>();
        for (int n = 0; n < MESSAGES; n++) {
            String messageId = "Q-" + run + "-" + n;
            String event = CanonicalEvents.emergencyAttendance(
                    messageId, "2025-%02d-%02dT10:00:00Z".formatted(1 + n % 12, 1 + n % 28), children.get(n % 5));
            byte[] body = event.getBytes(StandardCharsets.UTF_8);
            rabbit.convertAndSend(EXCHANGE, eventsQueue, body);
            if (n % (MESSAGES / PUT_TWICE) == 0) {
                rabbit.convertAndSend(EXCHANGE, eventsQueue, body);
            }
            eventIds.add(AgencyEventIds.of(AGENCY, messageId));
        }

        await().atMost(Duration.ofSeconds(120)).until(() -> stored().size() >= MESSAGES / 3);
        Map<String, Long> takenBeforeKill =
                new TreeMap<>(Map.of(nodeA.id(), taken(survivor), nodeB.id(), taken(victim)));
        victim.kill9();
        await().atMost(Duration.ofSeconds(30)).until(() -> consumers() == 1);

        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> stored().size() == eventIds.size() && messagesReady() == 0);
        assertThat(stored()).as("every event on the queue, stored once").isEqualTo(eventIds);
        assertThat(db.queryForList(
                        "select aggregate_identifier from domain_event_entry where payload_type like '%AgencyEventRecorded'"
                                + " group by aggregate_identifier having count(*) > 1",
                        String.class))
                .as("recorded twice")
                .isEmpty();
        HubClient client = new HubClient(survivor.port());
        for (String child : children) {
            assertThat(client.get("manager", "/api/v1/people?identifier=nhs-number%7C" + child)
                            .json()
                            .get("people"))
                    .as("one person per child")
                    .hasSize(1);
        }
        System.out.printf(
                "two nodes on one queue: %d messages (%d twice); taken before the kill by node %s (at least those"
                        + " acknowledged: ingest records by node); all stored once %d s after start%n",
                MESSAGES + PUT_TWICE,
                PUT_TWICE,
                takenBeforeKill,
                Duration.between(began, Instant.now()).toSeconds());
    }

    private HubProcess start(HubProcess.Node node) throws Exception {
        HubProcess hub = HubProcess.start(
                node,
                HubProcess.onPostgres(
                        url,
                        "--spring.rabbitmq.host=" + RequiresRabbitMq.HOST,
                        "--thinkfamily.connectors.rabbitmq.events-queue=" + eventsQueue,
                        "--thinkfamily.connectors.rabbitmq.police-queue=" + policeQueue));
        started.add(hub);
        return hub;
    }

    private int consumers() {
        QueueInformation queue = admin.getQueueInfo(eventsQueue);
        return queue == null ? 0 : queue.getConsumerCount();
    }

    private int messagesReady() {
        QueueInformation queue = admin.getQueueInfo(eventsQueue);
        return queue == null ? -1 : queue.getMessageCount();
    }

    private Set<String> stored() {
        return new HashSet<>(db.queryForList(
                "select aggregate_identifier from domain_event_entry where payload_type like '%AgencyEventRecorded'",
                String.class));
    }

    /** What the node's ingest counted (its metrics), all outcomes: only to show that both nodes took messages. */
    private static long taken(HubProcess node) {
        return new HubClient(node.port())
                .get("manager", "/actuator/prometheus")
                .body()
                .lines()
                .filter(l -> l.startsWith("thinkfamily_ingest_records_total"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
