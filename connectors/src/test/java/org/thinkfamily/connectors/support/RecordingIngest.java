package org.thinkfamily.connectors.support;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.CanonicalEventRules;
import org.thinkfamily.contracts.published.canonical.FieldError;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestResult;

/**
 * The hub's ingest as far as a connector can tell: the shared rules, the duplicate check on agency and message
 * id, all or nothing for events taken together. Keeps what it recorded and the dead letters it was given.
 */
public final class RecordingIngest implements IngestPort, DeadLetterPort {

    private final CanonicalEventRules rules = new CanonicalEventRules(true, Clock.systemUTC());
    private final Set<String> seen = new HashSet<>();
    public final List<CanonicalEvent> recorded = new ArrayList<>();
    public final List<DeadLetter> deadLetters = new ArrayList<>();

    @Override
    public IngestResult ingest(CanonicalEvent event, String actor) {
        List<FieldError> errors = rules.check(event);
        if (!errors.isEmpty()) {
            return IngestResult.rejected(event.source().messageId(), errors);
        }
        String key = event.source().agency() + "/" + event.source().messageId();
        if (!seen.add(key)) {
            return IngestResult.duplicate(event.source().messageId(), key);
        }
        recorded.add(event);
        return IngestResult.accepted(event.source().messageId(), key);
    }

    @Override
    public List<IngestResult> ingestTogether(List<CanonicalEvent> events, String actor) {
        if (events.stream().anyMatch(e -> !rules.check(e).isEmpty())) {
            return events.stream()
                    .map(e -> IngestResult.rejected(
                            e.source().messageId(),
                            rules.check(e).isEmpty() ? List.of(new FieldError("", "not applied")) : rules.check(e)))
                    .toList();
        }
        return events.stream().map(e -> ingest(e, actor)).toList();
    }

    @Override
    public String store(DeadLetter letter) {
        deadLetters.add(letter);
        return Integer.toString(deadLetters.size());
    }
}
