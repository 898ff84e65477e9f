package org.thinkfamily.replay.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Measures a running hub's reads as people make them: concurrent users, each opening a random family's Think
 * Family view and its timeline, and now and then their list of families, with a pause after each answer (a
 * fixed arrival rate: 50 people pausing 250 ms make about 200 requests a second), for a fixed time after a
 * warm-up. Then
 * the ceiling: the timeline's rows of random families read by plain JDBC from the same database, as many at once.
 */
@Command(
        name = "benchmark-reads",
        mixinStandardHelpOptions = true,
        description = {
            "Measures a running hub's reads: the Think Family view, the timeline and the list of families, by "
                    + "concurrent users, with p50/p99 per read, and a plain-JDBC ceiling of the same database.",
            "Every read of a family is recorded in the access log, as any read is: point it at a scratch hub."
        })
public final class ReadsBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--hub", required = true, description = "the hub's base URL, e.g. http://localhost:8080")
    URI hub;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--users", defaultValue = "50", description = "people reading at once (default ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--seconds", defaultValue = "60", description = "measured time (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(
            names = "--think-ms",
            defaultValue = "250",
            description =
                    "each person's pause after each answer, in ms (default ${DEFAULT-VALUE}: 50 people make about "
                            + "200 requests a second)")
    int thinkMillis;

    @Option(
            names = "--warmup",
            defaultValue = "60",
            description = "seconds of the same reads before measuring: a hub just started compiles its code for its"
                    + " first minute or so (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(
            names = "--user",
            defaultValue = "manager",
            description = "who reads (default ${DEFAULT-VALUE}: sees every family)")
    String user;

    @Option(names = "--password", description = "the user's password (default: <user>-demo, the demo accounts')")
    String password;

    @Option(
            names = "--list-every",
            defaultValue = "10",
            description = "each person opens their list of families every this many families (default "
                    + "${DEFAULT-VALUE}; 0: never)")
    int listEvery;

    @Option(names = "--report", description = "write the report as Markdown here")
    Path report;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    /** One kind of read: its requests' times in nanoseconds and the answers that were not 200. */
    record Read(String name, List<Long> nanos, long failed) {

        double percentileMillis(double p) {
            if (nanos.isEmpty()) {
                return 0;
            }
            List<Long> sorted = nanos.stream().sorted().toList();
            return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
        }

        double perSecond(int seconds) {
            return nanos.size() / (double) seconds;
        }
    }

    record Report(
            String date,
            String database,
            long families,
            long timelineEntries,
            long storedEvents,
            int users,
            int seconds,
            int thinkMillis,
            int listEvery,
            boolean vacuumed,
            List<Read> reads,
            Read ceiling,
            int cores) {}

    private static final String VIEW = "Think Family view";
    private static final String TIMELINE = "timeline (first page)";
    private static final String LIST = "list of families (a page of 50)";

    @Override
    public Integer call() throws Exception {
        if (users < 1 || seconds < 1 || warmup < 0 || thinkMillis < 0 || listEvery < 0) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--users and --seconds must be at least 1, --warmup, --think-ms and --list-every at least 0");
        }
        JdbcTemplate jdbc = database.jdbc();
        long families = jdbc.queryForObject("select count(distinct family_id) from family_membership", Long.class);
        List<String> sample = jdbc.queryForList(
                "select family_id from (select distinct family_id from family_membership) f order by random() limit 10000",
                String.class);
        if (sample.isEmpty()) {
            spec.commandLine().getErr().println("replay-tools: the hub knows no families yet");
            return 1;
        }
        long entries = jdbc.queryForObject("select count(*) from timeline_entry", Long.class);
        String secret = password == null ? user + "-demo" : password;
        String authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));

        Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
        Map<String, AtomicLong> failed = new ConcurrentHashMap<>();
        for (String read : List.of(VIEW, TIMELINE, LIST)) {
            nanos.put(read, java.util.Collections.synchronizedList(new ArrayList<>()));
            failed.put(read, new AtomicLong());
        }
        boolean vacuumed = Autovacuum.once(jdbc);
        long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<Thread> people = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            Thread person =
                    new Thread(() -> read(sample, authorization, measureFrom, end, nanos, failed), "reader-" + u);
            person.start();
            people.add(person);
        }
        for (Thread person : people) {
            person.join();
        }
        List<Read> reads = List.of(VIEW, TIMELINE, LIST).stream()
                .map(name -> new Read(
                        name, List.copyOf(nanos.get(name)), failed.get(name).get()))
                .toList();
        Read ceiling = ReadCeiling.measure(database, sample, users, seconds);
        String version = jdbc.queryForObject("select version()", String.class);
        Report r = new Report(
                LocalDate.now(ZoneOffset.UTC).toString(),
                version == null ? "?" : version.replaceAll(" on .*", ""),
                families,
                entries,
                jdbc.queryForObject("select count(*) from domain_event_entry", Long.class),
                users,
                seconds,
                thinkMillis,
                listEvery,
                vacuumed,
                reads,
                ceiling,
                Runtime.getRuntime().availableProcessors());
        if (report != null) {
            ReadsReport.write(report, r);
        }
        if (json) {
            List<Map<String, Object>> figures = new ArrayList<>();
            for (Read read : reads) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("read", read.name());
                f.put("requests", read.nanos().size());
                f.put("failed", read.failed());
                f.put("p50Millis", read.percentileMillis(0.50));
                f.put("p99Millis", read.percentileMillis(0.99));
                figures.add(f);
            }
            spec.commandLine()
                    .getOut()
                    .println(new ObjectMapper()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(Map.of("families", families, "reads", figures)));
        } else {
            spec.commandLine().getOut().print(ReadsReport.table(r));
        }
        return reads.stream().anyMatch(read -> read.failed() > 0) ? 1 : 0;
    }

    /**
     * One person: a random family's view, then its timeline, and now and then their list of families. Their
     * own session (the hub's cookie), as a browser keeps it, so only the first request checks the password.
     */
    private void read(
            List<String> sample,
            String authorization,
            long measureFrom,
            long end,
            Map<String, List<Long>> nanos,
            Map<String, AtomicLong> failed) {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int i = 0;
        while (System.nanoTime() < end) {
            String family = sample.get(random.nextInt(sample.size()));
            get(client, authorization, "/api/v1/families/" + family, VIEW, measureFrom, nanos, failed);
            get(
                    client,
                    authorization,
                    "/api/v1/families/" + family + "/timeline",
                    TIMELINE,
                    measureFrom,
                    nanos,
                    failed);
            if (listEvery > 0 && ++i % listEvery == 0) {
                get(
                        client,
                        authorization,
                        "/api/v1/families?page=" + random.nextInt(20) + "&size=50",
                        LIST,
                        measureFrom,
                        nanos,
                        failed);
            }
        }
    }

    private void get(
            HttpClient client,
            String authorization,
            String path,
            String read,
            long measureFrom,
            Map<String, List<Long>> nanos,
            Map<String, AtomicLong> failed) {
        HttpRequest request = HttpRequest.newBuilder(hub.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("X-Access-Purpose", "benchmark")
                .GET()
                .build();
        long started = System.nanoTime();
        int status;
        try {
            status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            status = -1;
        }
        long took = System.nanoTime() - started;
        if (started >= measureFrom) {
            if (status == 200) {
                nanos.get(read).add(took);
            } else {
                failed.get(read).incrementAndGet();
            }
        }
        try {
            Thread.sleep(thinkMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
