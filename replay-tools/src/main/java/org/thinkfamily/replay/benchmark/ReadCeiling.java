package org.thinkfamily.replay.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ceiling for reads on this database: a random family's timeline rows (its members' entries, newest
 * hundred) read by plain JDBC, as many at once as the benchmark's users, with no HTTP, security, access log or
 * JSON. It bounds what a timeline read through the hub could take here.
 */
final class ReadCeiling {

    private static final String SQL = """
            select e.event_id, e.occurred_at, e.sector, e.event_type, e.summary from timeline_member m
            join timeline_entry_person p on p.person_id = m.person_id
            join timeline_entry e on e.event_id = p.event_id
            where m.family_id = ? order by e.occurred_at desc limit 100""";

    private ReadCeiling() {}

    static ReadsBenchmarkCommand.Read measure(DatabaseOptions database, List<String> families, int readers, int seconds)
            throws InterruptedException {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long[] failed = new long[1];
        for (int r = 0; r < readers; r++) {
            Thread reader = new Thread(
                    () -> {
                        try (Connection c =
                                        DriverManager.getConnection(database.url, database.user, database.password);
                                PreparedStatement read = c.prepareStatement(SQL)) {
                            ThreadLocalRandom random = ThreadLocalRandom.current();
                            while (System.nanoTime() < end) {
                                read.setString(1, families.get(random.nextInt(families.size())));
                                long started = System.nanoTime();
                                try (ResultSet rows = read.executeQuery()) {
                                    while (rows.next()) {
                                        rows.getString(5);
                                    }
                                }
                                nanos.add(System.nanoTime() - started);
                            }
                        } catch (Exception e) {
                            synchronized (failed) {
                                failed[0]++;
                            }
                        }
                    },
                    "ceiling-" + r);
            reader.start();
            threads.add(reader);
        }
        for (Thread reader : threads) {
            reader.join();
        }
        return new ReadsBenchmarkCommand.Read("timeline rows by plain JDBC (ceiling)", List.copyOf(nanos), failed[0]);
    }
}
