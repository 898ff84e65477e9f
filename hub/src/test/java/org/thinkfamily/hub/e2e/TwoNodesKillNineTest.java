package org.thinkfamily.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.thinkfamily.contracts.agencyevent.AgencyEventIds;
import org.thinkfamily.hub.projection.ProcessingGroups;
import org.thinkfamily.hub.support.CanonicalEvents;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.HubProcess;
import org.thinkfamily.hub.support.PostgresTestDatabase;
import org.thinkfamily.hub.support.RequiresPostgres;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * Two hub nodes on one PostgreSQL, as docker/compose.yaml runs them. Agencies push to both at once about the
 * same households (so both nodes resolve the same people and families at the same moment, and some messages
 * reach both nodes), and mid-stream the node holding most projection segments is killed with SIGKILL while
 * the other carries on. Afterwards: the survivor holds every segment of the streaming projections (it took
 * the dead node's once their claims timed out); every event either node acknowledged is stored once and on
 * the timeline once; the indexes written with the ingest and the timeline agree about people and families;
 * what was sent but never acknowledged, sent again to the survivor, is ACCEPTED or a DUPLICATE and never
 * stored twice; and a rebuild of the timeline from the store, by the killed node started again, gives the
 * same rows. Tested through HTTP and SQL on the documented tables only.
 */
@RequiresPostgres
class TwoNodesKillNineTest {

    /** Households every sender cycles through from the first, so the nodes meet on the same people at once. */
    static final int HOUSEHOLDS = 6;

    static final int EVENTS_PER_REQUEST = 5;
    /** Events acknowledged (by both nodes together, each at least a quarter of it) before the kill. */
    static final int ACKNOWLEDGED_BEFORE_KILL = 200;
    /** Events the survivor acknowledges after the kill, while it takes the dead node's segments. */
    static final int ACKNOWLEDGED_AFTER_KILL = 100;
    /**
     * How long a segment stays with a node that stopped answering. Not shorter: an idle node extends its claims
     * only every 5 s (Axon's claim extension threshold), so a shorter timeout lets the nodes take live segments
     * from each other (docs/operations.md).
     */
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    static final String POLICE = "police";
    static final String HEALTH = "nhs";

    record Household(String parentNi, String childNhs, String uprn) {}

    /** One canonical event as sent: by which demo account, under which agency code. */
    record Sent(String messageId, String user, String agency, String json) {
        String eventId() {
            return AgencyEventIds.of(agency, messageId);
        }
    }

    @TempDir
    Path workDir;

    private final String url = PostgresTestDatabase.create();
    private final JdbcTemplate db = new JdbcTemplate(
            new DriverManagerDataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD));
    private final List<HubProcess> started = new CopyOnWriteArrayList<>();

    private final List<Household> households = new ArrayList<>();
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    private final Map<String, List<Sent>> sentBy =
            Map.of(POLICE, new CopyOnWriteArrayList<>(), HEALTH, new CopyOnWriteArrayList<>());
    /** message id -> event id, as the nodes answered ACCEPTED or DUPLICATE */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

    private final Map<String, AtomicInteger> acknowledgedBy = new ConcurrentHashMap<>();
    /** requests a node answered with a status other than 200 (none expected: collisions are retried within) */
    private final Map<String, AtomicInteger> failedRequestsBy = new ConcurrentHashMap<>();

    private final List<String> wrongAnswers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicReference<HubProcess> victim =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** The nodes' logs (ids only, never personal data) are kept in target/ for a run that failed. */
    @AfterEach
    void stopNodes() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "two-nodes-kill-nine"));
        for (HubProcess node : started) {
            if (node.isAlive()) {
                node.kill9();
            }
            Files.copy(node.log(), logs.resolve(node.log().getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void acknowledged_events_survive_a_kill_9_of_one_of_two_nodes_once_each_and_the_survivor_takes_its_segments()
            throws Exception {
        Instant began = Instant.now();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            households.add(
                    new Household(TestIdentifiers.niNumber(), TestIdentifiers.nhsNumber(), TestIdentifiers.uprn()));
        }
        HubProcess.Node nodeA = HubProcess.Node.of("hub-a", workDir);
        HubProcess.Node nodeB = HubProcess.Node.of("hub-b", workDir);

        // both at once on the empty database, as compose starts them: migrations and token segments are set up
        // by whichever node comes first, and the other waits or retries
        Map<String, HubProcess> nodes = startTogether(nodeA, nodeB);
        Instant up = Instant.now();

        Map<String, String> ownersAtStart = awaitAllSegmentsClaimed();
        String victimId = mostSegments(ownersAtStart);
        String survivorId = victimId.equals(nodeA.id()) ? nodeB.id() : nodeA.id();
        HubProcess victim = nodes.get(victimId);
        this.victim.set(victim);
        HubProcess survivor = nodes.get(survivorId);
        assertThat(ownersAtStart.values())
                .as("segments are claimed by the nodes themselves")
                .allMatch(nodes::containsKey);

        ExecutorService agencies = Executors.newFixedThreadPool(4);
        List<Future<?>> senders = new ArrayList<>();
        for (HubProcess node : List.of(survivor, victim)) {
            for (String user : List.of(POLICE, HEALTH)) {
                senders.add(agencies.submit(() -> send(node, user)));
            }
        }
        await().atMost(Duration.ofSeconds(120))
                .until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL
                        && acknowledgedBy(victimId) >= ACKNOWLEDGED_BEFORE_KILL / 4
                        && acknowledgedBy(survivorId) >= ACKNOWLEDGED_BEFORE_KILL / 4);
        victim.kill9();
        Instant killed = Instant.now();
        int survivorAtKill = acknowledgedBy(survivorId);
        String atKill = new TreeMap<>(acknowledgedBy).toString();

        // the survivor keeps taking events; the dead node's segments come to it once their claims time out
        await().atMost(Duration.ofSeconds(120))
                .until(() -> acknowledgedBy(survivorId) >= survivorAtKill + ACKNOWLEDGED_AFTER_KILL);
        stop.set(true);
        agencies.shutdown();
        assertThat(agencies.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<?> sender : senders) {
            sender.get(); // a sender that failed fails the test with its cause
        }
        assertThat(wrongAnswers)
                .as("answers other than ACCEPTED or DUPLICATE with the event's id")
                .isEmpty();

        await().atMost(CLAIM_TIMEOUT.plusSeconds(60))
                .until(() -> segmentOwners().values().stream().allMatch(survivorId::equals));
        Instant takenOver = Instant.now();
        assertThat(segmentOwners())
                .as("the survivor owns every segment")
                .allSatisfy((segment, owner) -> assertThat(owner).isEqualTo(survivorId));

        awaitTimelineCaughtUp(survivor);
        Set<String> stored = storedOnce();
        Set<String> onTimeline = new HashSet<>(db.queryForList("select event_id from timeline_entry", String.class));
        assertThat(stored).as("every acknowledged event is stored").containsAll(acknowledged.values());
        assertThat(onTimeline).as("every acknowledged event is on the timeline").containsAll(acknowledged.values());
        assertProjectionsAgree(survivor);

        // what was sent but never acknowledged (in flight at the kill), sent again to the survivor
        int acknowledgedBeforeResend = acknowledged.size();
        List<Sent> unacknowledged = sent.values().stream()
                .filter(s -> !acknowledged.containsKey(s.messageId()))
                .toList();
        Map<String, Integer> resentAnswers = resend(survivor, unacknowledged);
        assertThat(wrongAnswers).as("answers to the resend").isEmpty();
        Set<String> everySent = sent.values().stream().map(Sent::eventId).collect(Collectors.toSet());
        assertThat(storedOnce())
                .as("every event sent is stored, once, and nothing else")
                .isEqualTo(everySent);
        awaitTimelineCaughtUp(survivor);
        assertThat(new HashSet<>(db.queryForList("select event_id from timeline_entry", String.class)))
                .containsAll(everySent);
        assertProjectionsAgree(survivor);
        Instant checked = Instant.now();

        // a rebuild: the timeline emptied, its tokens removed, and the killed node started again replays the store
        Map<String, List<Map<String, Object>>> timeline = timeline();
        long collisions = survivor.logLinesContaining("collided with a concurrent record")
                + victim.logLinesContaining("collided with a concurrent record");
        System.out.printf(
                "two nodes: up in %d s; segments at start %s; killed %s when acknowledged by node %s; takeover by %s"
                        + " %d s after the kill; sent %d, acknowledged %d, resent %d %s; answered other than 200 %s;"
                        + " collisions retried %d; checked %d s after start%n",
                Duration.between(began, up).toSeconds(),
                new TreeMap<>(ownersAtStart),
                victimId,
                atKill,
                survivorId,
                Duration.between(killed, takenOver).toSeconds(),
                sent.size(),
                acknowledgedBeforeResend,
                unacknowledged.size(),
                resentAnswers,
                failedRequestsBy,
                collisions,
                Duration.between(began, checked).toSeconds());
        survivor.close();
        db.update("delete from timeline_entry_person");
        db.update("delete from timeline_entry");
        db.update("delete from timeline_member");
        db.update("delete from token_entry where processor_name = ?", ProcessingGroups.TIMELINE);
        HubProcess restarted = start(victimId.equals(nodeA.id()) ? nodeA : nodeB);
        awaitTimelineCaughtUp(restarted);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> timeline().get("timeline_member").size()
                        >= timeline.get("timeline_member").size());
        assertSameRows(timeline(), timeline);
        assertNothingParked(restarted);
        assertThat(segmentOwners().get(ProcessingGroups.TIMELINE + "/0")).isEqualTo(victimId);
        restarted.close();
        System.out.printf(
                "two nodes: timeline rebuilt by %s as it was; total %d s%n",
                victimId, Duration.between(began, Instant.now()).toSeconds());
    }

    /** One agency system pushing arrays of events to one node until told to stop or the node is gone. */
    private Void send(HubProcess node, String user) {
        HubClient client = new HubClient(node.port());
        String nodeId = node.node().id();
        List<Sent> others = sentBy.get(user);
        for (int n = 0; !stop.get(); n++) {
            List<Sent> request = new ArrayList<>();
            for (int i = 0; i < EVENTS_PER_REQUEST; i++) {
                request.add(event(user, nodeId, n * EVENTS_PER_REQUEST + i));
            }
            if (n % 3 == 2 && others.size() > 20) {
                // a message sent a moment ago, perhaps to the other node and still in flight there
                request.add(others.get(
                        others.size() - 1 - ThreadLocalRandom.current().nextInt(20)));
            }
            request.forEach(s -> {
                if (sent.putIfAbsent(s.messageId(), s) == null) {
                    others.add(s);
                }
            });
            HubClient.Response response;
            try {
                response = client.post(user, "/api/v1/events", array(request));
            } catch (IllegalStateException unreachable) {
                if (node == victim.get()) {
                    return null; // killed: its answer, if any, is lost with it
                }
                throw unreachable;
            }
            if (response.status() != 200) {
                failedRequestsBy
                        .computeIfAbsent(nodeId, k -> new AtomicInteger())
                        .incrementAndGet();
                continue;
            }
            JsonNode results = response.json().get("results");
            for (int i = 0; i < request.size(); i++) {
                if (take(request.get(i), results.get(i), nodeId)) {
                    acknowledgedBy
                            .computeIfAbsent(nodeId, k -> new AtomicInteger())
                            .incrementAndGet();
                }
            }
        }
        return null;
    }

    private Sent event(String user, String nodeId, int k) {
        Household household = households.get(k % HOUSEHOLDS);
        String messageId = "TWO-" + nodeId + "-" + user + "-" + k + "-" + TestIdentifiers.messageId();
        String occurredAt = "2025-%02d-%02dT10:00:00Z".formatted(1 + k % 12, 1 + k % 28);
        return user.equals(POLICE)
                ? new Sent(
                        messageId,
                        user,
                        "west-yorkshire-police",
                        CanonicalEvents.domesticAbuseAt(
                                messageId, occurredAt, household.parentNi(), household.childNhs(), household.uprn()))
                : new Sent(
                        messageId,
                        user,
                        "bradford-teaching-hospitals",
                        CanonicalEvents.emergencyAttendance(messageId, occurredAt, household.childNhs()));
    }

    /** Whether the answer acknowledges the event; an answer other than ACCEPTED or DUPLICATE with its id is wrong. */
    private boolean take(Sent event, JsonNode result, String nodeId) {
        String status = result.path("status").asText();
        String eventId = result.path("eventId").asText();
        if (!(status.equals("ACCEPTED") || status.equals("DUPLICATE")) || !eventId.equals(event.eventId())) {
            wrongAnswers.add(nodeId + ": " + event.messageId() + " " + status + " " + result.path("errors"));
            return false;
        }
        acknowledged.putIfAbsent(event.messageId(), eventId);
        return true;
    }

    private Map<String, Integer> resend(HubProcess survivor, List<Sent> events) {
        HubClient client = new HubClient(survivor.port());
        Map<String, Integer> answers = new TreeMap<>();
        for (String user : List.of(POLICE, HEALTH)) {
            List<Sent> ofUser =
                    events.stream().filter(s -> s.user().equals(user)).toList();
            for (int from = 0; from < ofUser.size(); from += 20) {
                List<Sent> request = ofUser.subList(from, Math.min(ofUser.size(), from + 20));
                HubClient.Response response = client.post(user, "/api/v1/events", array(request));
                assertThat(response.status()).as(survivor.logTail()).isEqualTo(200);
                JsonNode results = response.json().get("results");
                for (int i = 0; i < request.size(); i++) {
                    answers.merge(results.get(i).path("status").asText(), 1, Integer::sum);
                    take(request.get(i), results.get(i), survivor.node().id());
                }
            }
        }
        return answers;
    }

    private static String array(List<Sent> events) {
        return events.stream().map(Sent::json).collect(Collectors.joining(",", "[", "]"));
    }

    private int acknowledgedBy(String nodeId) {
        AtomicInteger count = acknowledgedBy.get(nodeId);
        return count == null ? 0 : count.get();
    }

    private Map<String, HubProcess> startTogether(HubProcess.Node... nodes) throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(nodes.length);
        try {
            List<Future<HubProcess>> starts = new ArrayList<>();
            for (HubProcess.Node node : nodes) {
                starts.add(starting.submit(() -> start(node)));
            }
            Map<String, HubProcess> running = new HashMap<>();
            for (Future<HubProcess> start : starts) {
                HubProcess node = start.get();
                running.put(node.node().id(), node);
            }
            return running;
        } finally {
            starting.shutdown();
        }
    }

    private HubProcess start(HubProcess.Node node) throws Exception {
        HubProcess hub = HubProcess.start(
                node,
                HubProcess.onPostgres(
                        url, "--thinkfamily.event-store.claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s"));
        started.add(hub);
        return hub;
    }

    /** processor/segment -> owner, for the streaming projections (null owner: released, unclaimed). */
    private Map<String, String> segmentOwners() {
        Map<String, String> owners = new TreeMap<>();
        db.query(
                "select processor_name, segment, owner from token_entry where processor_name in (?, ?)",
                rs -> {
                    owners.put(rs.getString(1) + "/" + rs.getInt(2), rs.getString(3));
                },
                ProcessingGroups.TIMELINE,
                ProcessingGroups.ACCESS_LOG);
        return owners;
    }

    private Map<String, String> awaitAllSegmentsClaimed() {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        this::segmentOwners,
                        owners -> owners.keySet().stream()
                                        .map(k -> k.substring(0, k.indexOf('/')))
                                        .collect(Collectors.toSet())
                                        .containsAll(ProcessingGroups.STREAMING)
                                && owners.values().stream().allMatch(o -> o != null));
    }

    private static String mostSegments(Map<String, String> owners) {
        Map<String, Long> counts =
                owners.values().stream().collect(Collectors.groupingBy(o -> o, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    /** The ids of the agency events in the store, after checking that none is stored twice. */
    private Set<String> storedOnce() {
        List<String> twice = db.queryForList(
                "select aggregate_identifier from domain_event_entry where payload_type like '%AgencyEventRecorded'"
                        + " group by aggregate_identifier having count(*) > 1",
                String.class);
        assertThat(twice).as("agency events recorded more than once").isEmpty();
        return new HashSet<>(db.queryForList(
                "select aggregate_identifier from domain_event_entry where payload_type like '%AgencyEventRecorded'",
                String.class));
    }

    private void awaitTimelineCaughtUp(HubProcess node) {
        try {
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> db.queryForObject(
                                    "select count(*) from (" + MISSING_FROM_TIMELINE + ") m", Long.class),
                            missing -> missing == 0);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(
                    "the timeline did not catch up with the store: missing (global index, event id) "
                            + db.queryForList(MISSING_FROM_TIMELINE + " order by 1")
                            + "; parked in the projections' dead letters "
                            + db.queryForList("select processing_group, sequence_identifier, sequence_index,"
                                    + " payload_type, aggregate_identifier, cause_type, cause_message"
                                    + " from dead_letter_entry")
                            + "; tokens "
                            + db.queryForList(
                                    "select processor_name, segment, owner, convert_from(token, 'UTF8') as token"
                                            + " from token_entry where processor_name = ?",
                                    ProcessingGroups.TIMELINE)
                            + "; store "
                            + db.queryForList(
                                    "select min(global_index), max(global_index), count(*) from domain_event_entry")
                            + " (logs in target/two-nodes-kill-nine)"
                            + "; node " + node.node().id() + "'s log:\n" + node.logTail(),
                    e);
        }
    }

    static final String MISSING_FROM_TIMELINE =
            "select d.global_index, d.aggregate_identifier from domain_event_entry d"
                    + " where d.payload_type like '%AgencyEventRecorded'"
                    + " and not exists (select 1 from timeline_entry t where t.event_id = d.aggregate_identifier)";

    /**
     * The indexes written with the ingest (people, families) and the timeline agree: everyone on the timeline
     * and in a family is a known person, the timeline's families are the family index's, each household's child
     * is one person in one family with its parent, and no two households share a family.
     */
    private void assertProjectionsAgree(HubProcess node) {
        assertNothingParked(node);
        assertThat(db.queryForObject(
                        "select count(*) from timeline_entry_person t where not exists"
                                + " (select 1 from person_link l where l.person_id = t.person_id)"
                                + " or not exists (select 1 from person_link l where l.person_id = t.record_person_id)",
                        Long.class))
                .as("people on the timeline who are not in person_link")
                .isZero();
        assertThat(db.queryForObject(
                        "select count(*) from family_membership m where not exists"
                                + " (select 1 from person_link l where l.person_id = m.person_id)"
                                + " or not exists (select 1 from person_link l where l.person_id = m.record_person_id)",
                        Long.class))
                .as("family members who are not in person_link")
                .isZero();
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(
                                        rows(
                                                "select family_id, record_person_id, person_id from timeline_member where until_at is null"))
                                .as("the timeline's families are the family index's")
                                .isEqualTo(
                                        rows(
                                                "select family_id, record_person_id, person_id from family_membership where ended_at is null")));

        HubClient client = new HubClient(node.port());
        Set<String> families = new HashSet<>();
        for (Household household : households) {
            JsonNode child = onePerson(client, "nhs-number", household.childNhs());
            JsonNode parent = onePerson(client, "ni-number", household.parentNi());
            assertThat(child.get("familyIds")).as("the child's families").hasSize(1);
            assertThat(parent.get("familyIds")).as("the parent's families").isEqualTo(child.get("familyIds"));
            families.add(child.at("/familyIds/0").asText());
        }
        assertThat(families).as("one family per household").hasSize(HOUSEHOLDS);
    }

    /** No projection parked an event it could not handle (a parked event is missing from its projection). */
    private static void assertNothingParked(HubProcess node) {
        assertThat(new HubClient(node.port())
                        .get("manager", "/api/v1/projection-failures")
                        .json()
                        .get("failures"))
                .as("events parked by the projections")
                .isEmpty();
    }

    private static JsonNode onePerson(HubClient client, String system, String value) {
        JsonNode people = client.get("manager", "/api/v1/people?identifier=" + system + "%7C" + value)
                .json()
                .get("people");
        assertThat(people).as("people known by one " + system).hasSize(1);
        return people.get(0);
    }

    private Set<List<Object>> rows(String sql) {
        return db.queryForList(sql).stream()
                .map(row -> List.copyOf(row.values()))
                .collect(Collectors.toSet());
    }

    /** Row for row; a difference is described by the table, the count and the first row that differs. */
    private static void assertSameRows(
            Map<String, List<Map<String, Object>>> rebuilt, Map<String, List<Map<String, Object>>> before) {
        List<String> differences = new ArrayList<>();
        before.forEach((table, rows) -> {
            List<Map<String, Object>> again = rebuilt.get(table);
            if (again.size() != rows.size()) {
                differences.add(table + ": " + rows.size() + " rows before, " + again.size() + " rebuilt");
            }
            for (int i = 0; i < Math.min(rows.size(), again.size()); i++) {
                if (!rows.get(i).equals(again.get(i))) {
                    Map<String, Object> was = rows.get(i);
                    Map<String, Object> is = again.get(i);
                    differences.add(table + " row " + i + ": columns "
                            + was.keySet().stream()
                                    .filter(c -> !java.util.Objects.equals(was.get(c), is.get(c)))
                                    .map(c -> c + " " + was.get(c) + " -> " + is.get(c))
                                    .toList());
                    break;
                }
            }
        });
        assertThat(differences)
                .as("the timeline rebuilt from the store differs")
                .isEmpty();
    }

    /** The timeline's rows, as replay-tools' RebuildCommandTest compares them. */
    private Map<String, List<Map<String, Object>>> timeline() {
        return Map.of(
                "timeline_entry", db.queryForList("select * from timeline_entry order by event_id"),
                "timeline_entry_person",
                        db.queryForList("select * from timeline_entry_person order by event_id, record_person_id"),
                "timeline_member",
                        db.queryForList("select * from timeline_member order by family_id, record_person_id"));
    }
}
