package org.thinkfamily.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thinkfamily.contracts.audit.AccessLogEntry;
import org.thinkfamily.contracts.audit.AccessRelationship;
import org.thinkfamily.hub.audit.AccessLogSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "access-log",
        mixinStandardHelpOptions = true,
        description = {
            "Lists who read or changed families' records, when, why and what allowed it (oldest first), and every refusal.",
            "May run while the hub serves on PostgreSQL.",
            "Exit status: 0 listed (none found is not a failure), 1 failed, 2 usage."
        })
final class AccessLogCommand implements Callable<Integer> {

    private final HubFactory hubs;

    @Option(names = "--family", paramLabel = "<familyId>", description = "one family")
    String familyId;

    @Option(
            names = "--person",
            paramLabel = "<personId>",
            description = "the families this person is or was a member of")
    String personId;

    @Option(names = "--user", paramLabel = "<user>", description = "one user (the login name)")
    String user;

    @Option(
            names = "--relationship",
            paramLabel = "<relationship>",
            description = "only accesses allowed so: ${COMPLETION-CANDIDATES}")
    AccessRelationship relationship;

    @Option(names = "--from", paramLabel = "<instant>", description = "from this instant, e.g. 2026-03-03T00:00:00Z")
    Instant from;

    @Option(names = "--to", paramLabel = "<instant>", description = "before this instant")
    Instant to;

    @Option(
            names = "--limit",
            defaultValue = "1000",
            description = "at most this many entries (default ${DEFAULT-VALUE}, most 10000)")
    int limit;

    @Option(names = "--json", description = "print the entries as JSON")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    AccessLogCommand(HubFactory hubs) {
        this.hubs = hubs;
    }

    @Override
    public Integer call() throws Exception {
        try (var hub = hubs.startHub()) {
            List<AccessLogEntry> entries =
                    hub.getBean(AccessLogSearch.class).find(familyId, personId, user, relationship, from, to, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .writeValueAsString(Map.of("entries", entries)));
            } else {
                out.printf(
                        "%-24s  %-16s  %-36s  %-22s  %-22s  %-8s  %s%n",
                        "at", "user", "family", "action", "relationship", "client", "purpose");
                entries.forEach(e -> out.printf(
                        "%-24s  %-16s  %-36s  %-22s  %-22s  %-8s  %s%n",
                        e.at(),
                        e.user(),
                        e.familyId(),
                        e.action(),
                        e.relationship() == null ? "-" : e.relationship(),
                        e.client() == null ? "-" : e.client(),
                        e.purpose()));
                out.printf("%d entr%s%n", entries.size(), entries.size() == 1 ? "y" : "ies");
            }
            return 0;
        }
    }
}
