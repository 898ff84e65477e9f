package org.thinkfamily.hub.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinkfamily.connectors.support.Failures;
import org.thinkfamily.contracts.agencyevent.AgencyEventIds;
import org.thinkfamily.contracts.agencyevent.EventNarrative;
import org.thinkfamily.contracts.agencyevent.EventSubject;
import org.thinkfamily.contracts.agencyevent.RecordAgencyEvent;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.MembershipBasis;
import org.thinkfamily.contracts.family.SupportedMemberships;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.CanonicalEventRules;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.FieldError;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sharing;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestResult;
import org.thinkfamily.contracts.published.ingest.IngestStatus;
import org.thinkfamily.contracts.published.privacy.LogValues;
import org.thinkfamily.hub.agency.AgencyCodes;
import org.thinkfamily.hub.eventstore.EventAppends;
import org.thinkfamily.hub.eventstore.EventMetadata;
import org.thinkfamily.hub.eventstore.StoredAggregates;
import org.thinkfamily.hub.family.HouseholdComposition;
import org.thinkfamily.hub.identity.PersonResolution;
import org.thinkfamily.hub.identity.ResolvedPerson;
import org.thinkfamily.hub.privacy.SafeErrors;

/**
 * The hub's ingest port. Each canonical event is applied whole or not at all: the duplicate check, identity
 * resolution, household composition and the recorded event commit together, and the answer {@code ACCEPTED}
 * is given only after the commit. One event is one transaction; a batch ({@link #ingestEach}) is one
 * transaction, one commit (one flush to disk) for all its records: a record that fails midway rolls the batch
 * back, is answered alone, and the others are applied again without it. A batch's agency events are appended together
 * at its end ({@link AgencyEvent#recorded}): one JDBC batch, one unit of work for each index that reads them; when
 * that fails, the batch is applied again with each appended as it is made, to find the record at fault. All the
 * batch's events, its new people's and families' too, are held in its transaction and written just before it commits
 * ({@link EventAppends}); when that write fails, the batch is applied again in the same way. A collision
 * with a concurrent record (same new person, same message, on this node or another) rolls back and is tried again
 * from the start.
 */
@Service
class IngestService implements IngestPort {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final EventBus eventBus;
    private final StoredAggregates storedAggregates;
    private final PersonResolution personResolution;
    private final HouseholdComposition householdComposition;
    private final TransactionTemplate transaction;
    private final Validator validator;
    private final CanonicalEventRules rules;
    private final IngestProperties properties;
    private final IngestMetrics metrics;
    private final AgencyCodes agencyCodes;

    IngestService(
            EventBus eventBus,
            StoredAggregates storedAggregates,
            AgencyCodes agencyCodes,
            PersonResolution personResolution,
            HouseholdComposition householdComposition,
            PlatformTransactionManager transactionManager,
            Validator validator,
            IngestProperties properties,
            Clock clock,
            MeterRegistry meterRegistry) {
        this.eventBus = eventBus;
        this.storedAggregates = storedAggregates;
        this.agencyCodes = agencyCodes;
        this.personResolution = personResolution;
        this.householdComposition = householdComposition;
        this.transaction = new TransactionTemplate(transactionManager);
        this.validator = validator;
        this.rules = new CanonicalEventRules(properties.acceptTestNhsNumbers(), clock);
        this.properties = properties;
        this.metrics = new IngestMetrics(meterRegistry);
    }

    @Override
    public IngestResult ingest(CanonicalEvent event, String actor) {
        Timer.Sample sample = metrics.start();
        IngestResult result = check(event);
        if (result == null) {
            result = record(event, actor);
        }
        metrics.stop(sample, event.source() == null ? null : event.source().sector(), result.status());
        return result;
    }

    @Override
    public List<IngestResult> ingestTogether(List<CanonicalEvent> events, String actor) {
        List<IngestResult> checks = events.stream().map(this::check).toList();
        if (checks.stream().anyMatch(java.util.Objects::nonNull)) {
            List<IngestResult> results = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                results.add(
                        checks.get(i) != null
                                ? checks.get(i)
                                : IngestResult.rejected(
                                        events.get(i).source().messageId(),
                                        List.of(new FieldError(
                                                "",
                                                "not applied: another entry of the same transaction was refused"))));
            }
            return results;
        }
        List<IngestResult> results = withRetries(
                "transaction of " + events.size(), events.get(0).source().agency(), status -> {
                    Set<String> stored = storedAggregates.amongStored(
                            events.stream().map(IngestService::idOf).toList());
                    List<DomainEventMessage<?>> made = new ArrayList<>();
                    List<IngestResult> recorded = events.stream()
                            .map(event -> recordOnce(event, idOf(event), actor, stored, made::add))
                            .toList();
                    if (recorded.stream().anyMatch(r -> r.status() == IngestStatus.REJECTED)) {
                        status.setRollbackOnly(); // all or nothing
                    } else {
                        eventBus.publish(made);
                    }
                    return recorded;
                });
        if (results.stream().noneMatch(r -> r.status() == IngestStatus.REJECTED)) {
            return results;
        }
        return results.stream()
                .map(r -> r.status() == IngestStatus.REJECTED
                        ? r
                        : IngestResult.rejected(
                                r.messageId(),
                                List.of(new FieldError(
                                        "", "not applied: another entry of the same transaction was refused"))))
                .toList();
    }

    @Override
    public List<IngestResult> ingestEach(List<CanonicalEvent> events, String actor) {
        Timer.Sample sample = metrics.start();
        IngestResult[] results = new IngestResult[events.size()];
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            results[i] = check(events.get(i));
            if (results[i] == null) {
                valid.add(i);
            }
        }
        boolean together = true;
        for (int attempt = 1; !valid.isEmpty(); ) {
            try {
                boolean appendTogether = together;
                List<IngestResult> recorded =
                        transaction.execute(status -> recordAll(events, valid, actor, appendTogether));
                for (int k = 0; k < valid.size(); k++) {
                    results[valid.get(k)] = recorded.get(k);
                }
                break;
            } catch (RecordFailed failed) {
                RuntimeException cause = failed.cause;
                // which record: the one that threw, or none known when the batch's appended events failed together
                String which = failed.index == RecordFailed.APPEND
                        ? "batch of " + valid.size()
                        : "event=" + idOf(events.get(failed.index));
                if (isCollision(cause) && attempt++ < properties.maxAttempts()) {
                    log.info(
                            "ingest collided with a concurrent record, trying the batch again: {} cause={}",
                            which,
                            SafeErrors.describe(cause));
                    pauseBeforeTryingAgain(attempt);
                } else if (isCollision(cause) || Failures.transientCause(cause)) {
                    log.error("ingest failed: {} cause={}", which, SafeErrors.describe(cause));
                    throw cause; // the database away, or a collision that will not clear: the whole request fails
                } else if (failed.index == RecordFailed.APPEND) {
                    together = false; // again, each record's event appended as it is made, to find the one that fails
                } else {
                    String eventId = idOf(events.get(failed.index));
                    results[failed.index] = couldNotRecord(events.get(failed.index), eventId, cause);
                    valid.remove(Integer.valueOf(failed.index)); // the rest again, without it
                }
            } catch (RuntimeException atCommit) {
                if (together && !isCollision(atCommit) && !Failures.transientCause(atCommit)) {
                    // the held events failed to be written at the commit: again, each appended as it is made
                    log.warn(
                            "ingest batch of {} failed at its commit, trying each record's events at once: cause={}",
                            valid.size(),
                            SafeErrors.describe(atCommit));
                    together = false;
                    continue;
                }
                if (!isCollision(atCommit) || attempt++ >= properties.maxAttempts()) {
                    log.error("ingest failed: batch of {} cause={}", valid.size(), SafeErrors.describe(atCommit));
                    throw atCommit;
                }
                pauseBeforeTryingAgain(attempt);
            }
        }
        Map<IngestStatus, Long> counts = new java.util.EnumMap<>(IngestStatus.class);
        for (int i = 0; i < results.length; i++) {
            CanonicalEvent event = events.get(i);
            metrics.stop(sample, event.source() == null ? null : event.source().sector(), results[i].status());
            counts.merge(results[i].status(), 1L, Long::sum);
        }
        log.info("ingest batch of {}: {}", results.length, counts);
        return List.of(results);
    }

    /**
     * The records of a batch, in order, in the caller's transaction. The first that throws stops the batch: the
     * transaction is rolled back whole, so nothing of that record (or of any other) stays, and the caller decides
     * what is tried again. A savepoint per record would do the same at the price of two round trips a record and,
     * on PostgreSQL, of a subtransaction each (past 64 in one transaction every other session's snapshots slow down).
     */
    private List<IngestResult> recordAll(
            List<CanonicalEvent> events, List<Integer> which, String actor, boolean appendTogether) {
        List<IngestResult> recorded = new ArrayList<>(which.size());
        if (appendTogether) {
            EventAppends.heldUntilCommit(); // the global index taken at the commit, not held open through the batch
        }
        // the duplicate check for the whole batch in one read; the batch's own records join it as they are stored
        Set<String> stored = storedAggregates.amongStored(
                which.stream().map(i -> idOf(events.get(i))).toList());
        List<DomainEventMessage<?>> made = new ArrayList<>(which.size());
        for (int i : which) {
            CanonicalEvent event = events.get(i);
            try {
                recorded.add(
                        recordOnce(event, idOf(event), actor, stored, appendTogether ? made::add : eventBus::publish));
            } catch (RuntimeException e) {
                throw new RecordFailed(i, e);
            }
        }
        try {
            if (!made.isEmpty()) {
                eventBus.publish(made); // one JDBC batch, and one unit of work for each index that reads them
            }
        } catch (RuntimeException e) {
            throw new RecordFailed(RecordFailed.APPEND, e);
        }
        return recorded;
    }

    /**
     * The record at {@code index} of a batch threw {@code cause}, or ({@link #APPEND}) appending the batch's agency
     * events together did, for a record not known; the batch's transaction is rolled back.
     */
    private static final class RecordFailed extends RuntimeException {
        static final int APPEND = -1;
        final int index;
        final transient RuntimeException cause;

        RecordFailed(int index, RuntimeException cause) {
            super(null, null, false, false);
            this.index = index;
            this.cause = cause;
        }
    }

    /** A record the hub cannot store (a rule it lacks, a bug): refused alone, with an incident id to quote. */
    private static IngestResult couldNotRecord(CanonicalEvent event, String eventId, RuntimeException cause) {
        String incident = java.util.UUID.randomUUID().toString();
        log.error(
                "event could not be recorded, incident {}: event={} cause={}",
                incident,
                eventId,
                SafeErrors.describe(cause));
        return IngestResult.rejected(
                event.source().messageId(),
                List.of(new FieldError(
                        "",
                        "the hub could not record this event; it is kept as a dead letter; quote incident "
                                + incident)));
    }

    private static String idOf(CanonicalEvent event) {
        return AgencyEventIds.of(event.source().agency(), event.source().messageId());
    }

    /** Rejections for shape and rules, or null when the event may be recorded. */
    IngestResult check(CanonicalEvent event) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<CanonicalEvent> violation : validator.validate(event)) {
            errors.add(new FieldError(path(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.addAll(rules.check(event));
        if (errors.isEmpty()) {
            return null;
        }
        errors.sort(Comparator.comparing(FieldError::field));
        String messageId = event.source() == null ? null : event.source().messageId();
        log.info(
                "ingest rejected: agency={} errors={}",
                event.source() == null ? null : LogValues.code(event.source().agency()),
                errors.stream().map(FieldError::field).map(LogValues::code).toList());
        return IngestResult.rejected(messageId, errors);
    }

    private IngestResult record(CanonicalEvent event, String actor) {
        String eventId =
                AgencyEventIds.of(event.source().agency(), event.source().messageId());
        IngestResult result = withRetries(
                eventId,
                event.source().agency(),
                status -> recordOnce(
                        event, eventId, actor, storedAggregates.amongStored(List.of(eventId)), eventBus::publish));
        log.info(
                "ingest {}: event={} agency={}",
                result.status(),
                eventId,
                event.source().agency());
        return result;
    }

    /** One transaction, tried again from the start when it collides with a concurrent one. */
    private <T> T withRetries(String what, String agency, TransactionCallback<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(work);
            } catch (RuntimeException e) {
                if (attempt >= properties.maxAttempts() || !isCollision(e)) {
                    log.error(
                            "ingest failed: event={} agency={} attempt={} cause={}",
                            what,
                            agency,
                            attempt,
                            SafeErrors.describe(e));
                    throw e;
                }
                log.info("ingest collided with a concurrent record, trying again: event={} attempt={}", what, attempt);
                pauseBeforeTryingAgain(attempt);
            }
        }
    }

    /**
     * @param stored the agency events already in the store among this transaction's; this one joins it once stored
     * @param append takes the agency event's first event, to append now or with the rest of the transaction's
     */
    private IngestResult recordOnce(
            CanonicalEvent event,
            String eventId,
            String actor,
            Set<String> stored,
            Consumer<DomainEventMessage<?>> append) {
        String messageId = event.source().messageId();
        Sharing sharing = event.sharing() != null
                ? event.sharing()
                : new Sharing(properties.lawfulBasisOf(event.source().agency()), null);
        MetaData metaData =
                EventMetadata.ofAgencyMessage(event.source().agency(), messageId, actor, sharing.lawfulBasis());
        // before the duplicate check: a message id under another sector's agency code is never "seen before"
        Optional<Set<Sector>> owners =
                agencyCodes.refusal(event.source().agency(), event.source().sector(), metaData);
        if (owners.isPresent()) {
            return IngestResult.rejected(
                    messageId,
                    List.of(new FieldError(
                            "source.agency",
                            "this agency code belongs to the "
                                    + owners.get().stream()
                                            .map(Enum::name)
                                            .sorted()
                                            .collect(Collectors.joining(", "))
                                    + " sector; send under your own agency's code")));
        }
        if (stored.contains(eventId)) {
            return IngestResult.duplicate(messageId, eventId);
        }

        List<EventSubject> subjects = new ArrayList<>();
        Map<String, FamilyMember> household = new LinkedHashMap<>();
        for (Subject subject : event.subjects()) {
            ResolvedPerson person = personResolution.resolve(subject, eventId, metaData);
            subjects.add(new EventSubject(person.personId(), subject.role(), person.recordPersonId()));
            if (subject.role().isHousehold()) {
                household.putIfAbsent(
                        person.recordPersonId(),
                        new FamilyMember(person.personId(), subject.role(), person.recordPersonId()));
            }
        }
        Set<String> uprns = event.subjects().stream()
                .filter(s -> s.role().isHousehold()
                        && s.address() != null
                        && s.address().uprn() != null)
                .map(s -> s.address().uprn())
                .collect(Collectors.toCollection(TreeSet::new));
        SupportedMemberships supported = householdComposition.compose(
                List.copyOf(household.values()),
                uprns,
                event.type() == EventType.FAMILY_RELATIONSHIP_RECORDED
                        ? MembershipBasis.RELATIONSHIP_RECORDED
                        : MembershipBasis.NAMED_TOGETHER,
                eventId,
                metaData);

        // personal data of everyone the event names: erasing any of them makes it unreadable
        List<String> named =
                subjects.stream().map(EventSubject::personId).distinct().toList();
        EventNarrative narrative =
                new EventNarrative(named.get(0), event.summary(), event.details(), event.subjects(), named, false);
        append.accept(AgencyEvent.recorded(
                new RecordAgencyEvent(
                        eventId,
                        event.source(),
                        event.type(),
                        event.occurredAt(),
                        subjects,
                        event.sensitivityOrDefault(),
                        sharing,
                        narrative,
                        supported == null || !supported.supportsAny() ? null : supported),
                metaData));
        stored.add(eventId);
        return IngestResult.accepted(messageId, eventId);
    }

    /**
     * A moment, longer each time and drawn at random, so two transactions that collided are unlikely to meet again at
     * once.
     */
    private static void pauseBeforeTryingAgain(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before trying the batch again", e);
        }
    }

    /**
     * Failures that a fresh attempt resolves: another transaction took the same key first, or held an aggregate this
     * one waited for too long (see messaging.AggregateLocking).
     */
    private static boolean isCollision(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // a key taken first (SQL state 23…), a serialisation failure or a lock waited for too long, never a value
            // too long (22…)
            if (t instanceof ConcurrencyException
                    || t instanceof LockAcquisitionFailedException
                    || t instanceof DuplicateKeyException
                    || t instanceof ConcurrencyFailureException
                    || t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || (t instanceof java.sql.SQLException sql
                            && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("23")
                                    || sql.getSQLState().equals("40001")
                                    || sql.getSQLState().equals("40P01")
                                    // the embedded database gave up waiting for a row another transaction holds
                                    || sql.getSQLState().equals("HYT00")))) {
                return true;
            }
        }
        return false;
    }

    /** {@code subjects[0].identifiers[1].value}, without the validator's container-element nodes. */
    private static String path(Path path) {
        return path.toString().replaceAll("\\.?<[^>]+>", "");
    }
}
