package org.thinkfamily.contracts.published.ingest;

import org.thinkfamily.contracts.published.canonical.CanonicalEvent;

/**
 * The one door into the hub for agency records, implemented by the hub and used by the REST API and
 * every connector alike, so identity, idempotency and access rules are applied in one place.
 * Each event is applied or rejected whole; an {@code ACCEPTED} result means it is durable.
 */
public interface IngestPort {

    /**
     * @param event    a canonical event, already parsed
     * @param actor    who is pushing it: the agency account or connector, for the event's metadata
     */
    IngestResult ingest(CanonicalEvent event, String actor);

    /**
     * Several events, each applied or rejected on its own (an HTTP array, lines of a file): one result per
     * event, in order. An implementation may commit them together, so {@code ACCEPTED} is given only once
     * every accepted event of the call is durable.
     */
    default java.util.List<IngestResult> ingestEach(java.util.List<CanonicalEvent> events, String actor) {
        return events.stream().map(event -> ingest(event, actor)).toList();
    }

    /**
     * Several events applied together or not at all (a FHIR transaction Bundle): one result per event,
     * in order. When any is rejected, none is applied, and the others say so.
     */
    java.util.List<IngestResult> ingestTogether(java.util.List<CanonicalEvent> events, String actor);
}
