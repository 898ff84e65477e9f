package org.thinkfamily.connectors.nhs;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.support.ConnectorMetrics;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.FieldError;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.deadletter.ReplayableDoor;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestResult;
import org.thinkfamily.contracts.published.ingest.IngestStatus;

/**
 * The FHIR R4 door: a Bundle (transaction, batch, collection or message) or a single resource, in JSON or
 * XML, mapped by {@link FhirMapping} to canonical events. A transaction Bundle is applied whole or not
 * at all; other Bundles entry by entry. Problems come back as an OperationOutcome naming each entry,
 * and what is refused is dead-lettered with the Bundle as sent.
 */
@Component
public class FhirResources implements ReplayableDoor {

    /** A Bundle is one request; more entries than this is refused whole (413), before validation. */
    public static final int MAX_BUNDLE_ENTRIES = 1000;

    public static final String DOOR = "fhir-r4";

    private final IngestPort ingest;
    private final DeadLetterPort deadLetters;
    private final ConnectorMetrics metrics;
    private final String defaultAgency;
    private final java.util.Set<String> observationCodes;

    @Autowired
    FhirResources(IngestPort ingest, DeadLetterPort deadLetters, MeterRegistry meters, ConnectorProperties properties) {
        this(ingest, deadLetters, meters, properties.fhir());
    }

    FhirResources(
            IngestPort ingest, DeadLetterPort deadLetters, MeterRegistry meters, ConnectorProperties.Fhir settings) {
        this.ingest = ingest;
        this.deadLetters = deadLetters;
        this.metrics = new ConnectorMetrics(meters, DOOR);
        this.defaultAgency = settings.defaultAgency();
        this.observationCodes = java.util.Set.copyOf(settings.safeguardingObservationCodes());
    }

    /** What to answer: an HTTP status and a FHIR resource in the format the request used. */
    public record Answer(int status, String body, String contentType, List<IngestResult> results) {}

    @Override
    public String door() {
        return DOOR;
    }

    @Override
    public List<IngestResult> replay(String payload, String actor) {
        Answer answer = take(
                payload,
                payload.stripLeading().startsWith("<") ? "application/fhir+xml" : "application/fhir+json",
                null,
                actor,
                false);
        if (answer.results().isEmpty()) {
            throw new IllegalArgumentException("the payload is still not a FHIR R4 resource the hub takes");
        }
        return answer.results();
    }

    /**
     * @param resourceType null for {@code POST /fhir/r4} (a Bundle), else the type the URL names
     */
    public Answer take(String body, String contentType, String resourceType, String actor) {
        return take(body, contentType, resourceType, actor, true);
    }

    private Answer take(String body, String contentType, String resourceType, String actor, boolean deadLetter) {
        // HAPI's shared R4 context, made on the first request rather than at start-up (it is thread-safe)
        FhirContext fhir = FhirContext.forR4Cached();
        boolean xml = contentType != null && contentType.contains("xml");
        IParser parser =
                (xml ? fhir.newXmlParser() : fhir.newJsonParser()).setParserErrorHandler(new StrictErrorHandler());
        IParser writer = xml ? fhir.newXmlParser() : fhir.newJsonParser();
        String type = xml ? "application/fhir+xml" : "application/fhir+json";
        Resource resource;
        try {
            resource = (Resource) parser.parseResource(body);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException unreadable) {
            return new Answer(
                    400,
                    writer.encodeResourceToString(FhirAnswers.outcome(List.of(new FieldError(
                            "",
                            "the body is not a FHIR R4 resource in " + (xml ? "XML" : "JSON") + ": "
                                    + FhirAnswers.safe(unreadable.getMessage()))))),
                    type,
                    List.of());
        }
        if (resourceType != null && !resource.fhirType().equals(resourceType)) {
            return new Answer(
                    400,
                    writer.encodeResourceToString(FhirAnswers.outcome(List.of(new FieldError(
                            "resourceType",
                            "the body is a " + resource.fhirType() + ", the URL says " + resourceType)))),
                    type,
                    List.of());
        }
        if (resource instanceof Bundle b && b.getEntry().size() > MAX_BUNDLE_ENTRIES) {
            return new Answer(
                    413,
                    writer.encodeResourceToString(FhirAnswers.outcome(List.of(new FieldError(
                            "Bundle.entry",
                            "a Bundle holds at most " + MAX_BUNDLE_ENTRIES + " entries; this one holds "
                                    + b.getEntry().size() + ": send it as several Bundles")))),
                    type,
                    List.of());
        }
        Bundle bundle = resource instanceof Bundle b ? b : asCollection(resource);
        if (resourceType == null && !(resource instanceof Bundle)) {
            return new Answer(
                    400,
                    writer.encodeResourceToString(FhirAnswers.outcome(List.of(new FieldError(
                            "resourceType",
                            "POST /fhir/r4 takes a Bundle; post a single " + resource.fhirType() + " to /fhir/r4/"
                                    + resource.fhirType())))),
                    type,
                    List.of());
        }
        List<FhirValidation.Problem> invalid = FhirValidation.errors(resource);
        List<FieldError> whole = invalid.stream()
                .filter(p -> p.entry() == null || !(resource instanceof Bundle))
                .map(p -> new FieldError(p.location(), p.message()))
                .toList();
        if (!whole.isEmpty()) {
            if (deadLetter) {
                deadLetters.store(new DeadLetter(
                        DOOR,
                        defaultAgency,
                        Sector.HEALTH,
                        resource.fhirType() + " (structure)",
                        whole.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")),
                        body,
                        type));
            }
            metrics.record(IngestStatus.REJECTED.name());
            return new Answer(422, writer.encodeResourceToString(FhirAnswers.outcome(whole)), type, List.of());
        }
        FhirMapping mapping = new FhirMapping(bundle, defaultAgency, observationCodes);
        java.util.Map<Integer, String> invalidEntries = new java.util.HashMap<>();
        invalid.forEach(
                p -> invalidEntries.merge(p.entry(), p.location() + ": " + p.message(), (a, b) -> a + "; " + b));
        List<FhirMapping.Entry> entries = mapping.entries().stream()
                .map(e -> e.covers().stream().noneMatch(invalidEntries::containsKey)
                        ? e
                        : new FhirMapping.Entry(
                                e.index(),
                                e.location(),
                                e.messageId(),
                                null,
                                new RecordProblem(
                                        "structure",
                                        e.covers().stream()
                                                .filter(invalidEntries::containsKey)
                                                .map(invalidEntries::get)
                                                .collect(Collectors.joining("; "))),
                                e.covers()))
                .toList();
        boolean transaction = bundle.getType() == Bundle.BundleType.TRANSACTION;
        List<IngestResult> results = new ArrayList<>();
        List<CanonicalEvent> events = new ArrayList<>();
        for (FhirMapping.Entry entry : entries) {
            events.add(entry.event());
        }
        if (transaction && entries.stream().noneMatch(e -> e.problem() != null)) {
            results.addAll(ingest.ingestTogether(events, actor));
        } else {
            for (FhirMapping.Entry entry : entries) {
                if (entry.problem() != null) {
                    results.add(IngestResult.rejected(
                            entry.messageId(),
                            List.of(new FieldError(
                                    entry.location() + "." + entry.problem().field(),
                                    entry.problem().getMessage()))));
                } else if (transaction) {
                    results.add(IngestResult.rejected(
                            entry.messageId(),
                            List.of(new FieldError(
                                    entry.location(), "not applied: another entry of the transaction was refused"))));
                } else {
                    results.add(ingest.ingest(entry.event(), actor));
                }
            }
        }
        results.forEach(r -> metrics.record(r.status().name()));
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            IngestResult r = results.get(i);
            if (r.status() == IngestStatus.REJECTED) {
                String location = entries.get(i).location();
                r.errors()
                        .forEach(e -> problems.add(new FieldError(
                                e.field().startsWith(location)
                                        ? e.field()
                                        : location + (e.field().isEmpty() ? "" : " (" + e.field() + ")"),
                                e.message())));
            }
        }
        if (!problems.isEmpty() && deadLetter) {
            deadLetters.store(new DeadLetter(
                    DOOR,
                    entries.isEmpty() ? defaultAgency : mapping.agency(),
                    Sector.HEALTH,
                    transaction
                            ? "Bundle (transaction)"
                            : problems.stream()
                                    .map(FieldError::field)
                                    .distinct()
                                    .collect(Collectors.joining(", ")),
                    problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")),
                    body,
                    type));
        }
        if (entries.isEmpty()) {
            return new Answer(
                    422,
                    writer.encodeResourceToString(
                            FhirAnswers.outcome(
                                    List.of(
                                            new FieldError(
                                                    "Bundle.entry",
                                                    "the Bundle holds nothing the hub takes (Patient, Encounter, Flag, RelatedPerson, Condition, Observation)")))),
                    type,
                    results);
        }
        if (transaction && !problems.isEmpty()) {
            return new Answer(422, writer.encodeResourceToString(FhirAnswers.outcome(problems)), type, results);
        }
        if (resource instanceof Bundle) {
            return new Answer(
                    200,
                    writer.encodeResourceToString(FhirAnswers.response(bundle, entries, results, outcomeFor(results))),
                    type,
                    results);
        }
        return problems.isEmpty()
                ? new Answer(201, writer.encodeResourceToString(FhirAnswers.information(results)), type, results)
                : new Answer(422, writer.encodeResourceToString(FhirAnswers.outcome(problems)), type, results);
    }

    private static List<OperationOutcome> outcomeFor(List<IngestResult> results) {
        return results.stream()
                .map(r -> r.status() == IngestStatus.REJECTED ? FhirAnswers.outcome(r.errors()) : null)
                .toList();
    }

    /** A single resource posted to its own URL, read as a Bundle of one. */
    private static Bundle asCollection(Resource resource) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setResource(resource);
        return bundle;
    }
}
