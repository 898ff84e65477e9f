package org.thinkfamily.hub.deadletter;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.published.canonical.FieldError;
import org.thinkfamily.contracts.published.deadletter.ReplayableDoor;
import org.thinkfamily.contracts.published.ingest.IngestResult;
import org.thinkfamily.contracts.published.ingest.IngestStatus;

/**
 * Takes a dead letter's payload through its door again, for the API and the page alike: a letter that
 * now goes through is marked replayed, one that still fails keeps the new reason; a letter whose payload
 * was cut at 64 KB, or whose door cannot replay, is sent again at source instead.
 */
@Component
class DeadLetterReplay {

    enum Kind {
        REPLAYED,
        STILL_FAILING,
        CUT,
        NO_DOOR
    }

    record Outcome(Kind kind, List<IngestResult> results, String message) {}

    private final DeadLetterStore store;
    private final Map<String, ReplayableDoor> doors;

    DeadLetterReplay(DeadLetterStore store, List<ReplayableDoor> doors) {
        this.store = store;
        this.doors = doors.stream().collect(Collectors.toMap(ReplayableDoor::door, Function.identity()));
    }

    Outcome replay(DeadLetterStore.Entry entry, String user) {
        if (entry.payloadTruncated()) {
            return new Outcome(
                    Kind.CUT,
                    List.of(),
                    "dead letter " + entry.id() + " keeps only the first 64 KB of " + entry.payloadBytes()
                            + " bytes: send the record again at source");
        }
        ReplayableDoor door = doors.get(entry.door());
        if (door == null) {
            return new Outcome(
                    Kind.NO_DOOR,
                    List.of(),
                    "door " + entry.door() + " cannot replay: send the record again at source");
        }
        List<IngestResult> results;
        try {
            results = door.replay(entry.payload(), user);
        } catch (IllegalArgumentException stillUnreadable) {
            store.stillFailing(entry.id(), stillUnreadable.getMessage());
            return new Outcome(
                    Kind.STILL_FAILING,
                    List.of(IngestResult.rejected(null, List.of(new FieldError("", stillUnreadable.getMessage())))),
                    stillUnreadable.getMessage());
        }
        boolean through = !results.isEmpty() && results.stream().noneMatch(r -> r.status() == IngestStatus.REJECTED);
        if (through) {
            store.markReplayed(entry.id(), user);
            return new Outcome(Kind.REPLAYED, results, null);
        }
        String reason = results.stream()
                .flatMap(r -> r.errors().stream())
                .map(e -> e.field() + ": " + e.message())
                .collect(Collectors.joining("; "));
        store.stillFailing(entry.id(), reason);
        return new Outcome(Kind.STILL_FAILING, results, reason);
    }
}
