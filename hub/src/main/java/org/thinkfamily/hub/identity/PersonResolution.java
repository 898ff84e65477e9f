package org.thinkfamily.hub.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thinkfamily.contracts.person.AddPersonIdentifier;
import org.thinkfamily.contracts.person.LinkPersonRecords;
import org.thinkfamily.contracts.person.LinkReason;
import org.thinkfamily.contracts.person.MatchEvidence;
import org.thinkfamily.contracts.person.PersonDetails;
import org.thinkfamily.contracts.person.QueueMatchReview;
import org.thinkfamily.contracts.person.RecordIdentityConflict;
import org.thinkfamily.contracts.person.RegisterPerson;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.identifier.IdentifierCheck;
import org.thinkfamily.contracts.published.identifier.IdentifierSystems;
import org.thinkfamily.hub.identity.matching.MatchCandidates;
import org.thinkfamily.hub.identity.matching.MatchDecision;
import org.thinkfamily.hub.identity.matching.MatchRecord;
import org.thinkfamily.hub.identity.matching.MatchScorer;
import org.thinkfamily.hub.identity.matching.PersonMatcher;
import org.thinkfamily.hub.messaging.Commands;

/**
 * Resolves the subject of an agency record to a person, by the strong identifiers it carries:
 * a match on any of them is that person; no match registers a new person; identifiers that point at
 * two different people are never merged: the strongest (NHS number first) wins and the others are
 * recorded as conflicts for review. A subject no strong identifier resolves is matched on its details
 * (Fellegi-Sunter, {@link MatchScorer}), linked, queued for review, or registered as new. The answer
 * names both the person record resolved to and the person it is read as now ({@link PersonLinks}).
 * <p>
 * Runs inside the caller's transaction, which the ingest holds open for the whole record.
 */
@Service
public class PersonResolution {

    private static final Comparator<Identifier> STRONGEST_FIRST = Comparator.comparingInt(
                    (Identifier id) -> IdentifierSystems.strength(id.system()))
            .reversed();

    private final JdbcTemplate jdbc;
    private final Commands commands;
    private final MatchCandidates candidates;
    private final PersonMatcher matcher;
    private final PersonLinks links;

    PersonResolution(
            JdbcTemplate jdbc,
            Commands commands,
            MatchCandidates candidates,
            MatchDecision decision,
            PersonLinks links) {
        this.links = links;
        this.jdbc = jdbc;
        this.commands = commands;
        this.candidates = candidates;
        this.matcher = new PersonMatcher(decision);
    }

    /**
     * @param sourceEventId the hub's id of the record the subject comes from
     * @param metaData      the record's metadata, carried onto every event this causes
     * @return the id of the person the subject is about
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ResolvedPerson resolve(Subject subject, String sourceEventId, MetaData metaData) {
        List<Identifier> identifiers = normalised(subject);
        List<Identifier> keys = identifiers.stream()
                .filter(IdentityIndex::isMatchingKey)
                .sorted(STRONGEST_FIRST)
                .toList();
        Map<Identifier, Holder> held = holders(keys);
        Map<Identifier, String> matches = new LinkedHashMap<>();
        Map<String, String> roots = new HashMap<>();
        for (Identifier key : keys) {
            Holder holder = held.get(key);
            if (holder != null) {
                matches.put(key, holder.recordPersonId());
                roots.put(holder.recordPersonId(), holder.personId());
            }
        }

        if (matches.isEmpty()) {
            return resolveByDetails(subject, identifiers, sourceEventId, metaData);
        }

        String recordPersonId = matches.values().iterator().next(); // the strongest identifier's record
        String personId = roots.get(recordPersonId);
        boolean conflicted = false;
        for (var match : matches.entrySet()) {
            if (!roots.get(match.getValue()).equals(personId)) {
                send(
                        new RecordIdentityConflict(
                                recordPersonId, match.getKey(), roots.get(match.getValue()), sourceEventId),
                        metaData);
                conflicted = true;
            }
        }
        // a subject whose every identifier was found held by this person brings nothing new: no need to read theirs
        boolean allHeld = identifiers.stream()
                .filter(id -> IdentifierSystems.identifiesPerson(id.system()))
                .allMatch(id -> matches.containsKey(id) && personId.equals(roots.get(matches.get(id))));
        if (!conflicted && !allHeld) {
            addNewIdentifiers(recordPersonId, personId, identifiers, sourceEventId, metaData);
        }
        return new ResolvedPerson(personId, recordPersonId);
    }

    /**
     * No strong identifier matched: score the people the record might be on their details. The record
     * becomes a person record of its own in every case, so that any decision can be undone exactly: above
     * the link threshold it is linked into the best candidate at once; between the thresholds it stays a
     * person of its own and the pair is queued for a manager; below, it is a new person. A candidate
     * holding a different value of a strong identifier the record carries is never linked.
     */
    private ResolvedPerson resolveByDetails(
            Subject subject, List<Identifier> identifiers, String sourceEventId, MetaData metaData) {
        Map<String, String> strong = new LinkedHashMap<>();
        identifiers.stream()
                .filter(id -> IdentifierSystems.identifiesPerson(id.system()))
                .forEach(id -> strong.putIfAbsent(id.system(), id.value()));
        MatchRecord incoming = new MatchRecord(
                subject.name() == null ? null : subject.name().given(),
                subject.name() == null ? null : subject.name().family(),
                subject.birthDate(),
                subject.sex(),
                subject.address() == null ? null : subject.address().postcode(),
                subject.address() == null ? null : subject.address().uprn(),
                strong);
        PersonMatcher.Match match = matcher.match(incoming, candidates.of(incoming));

        String recordPersonId = UUID.randomUUID().toString();
        List<Identifier> personIdentifiers = identifiers.stream()
                .filter(id -> IdentifierSystems.identifiesPerson(id.system()))
                .toList();
        PersonDetails details = new PersonDetails(
                recordPersonId, subject.name(), subject.birthDate(), subject.sex(), subject.address());
        send(new RegisterPerson(recordPersonId, personIdentifiers, details, sourceEventId), metaData);
        switch (match.verdict()) {
            case LINK -> {
                send(
                        new LinkPersonRecords(
                                recordPersonId,
                                match.personId(),
                                List.of(recordPersonId),
                                LinkReason.MATCHED_ON_DETAILS,
                                match.score().total(),
                                evidence(match.score()),
                                null,
                                sourceEventId),
                        metaData);
                return new ResolvedPerson(match.personId(), recordPersonId);
            }
            case REVIEW ->
                send(
                        new QueueMatchReview(
                                recordPersonId,
                                match.personId(),
                                match.score().total(),
                                evidence(match.score()),
                                sourceEventId),
                        metaData);
            case NEW_PERSON -> {
                // a person of their own
            }
        }
        return new ResolvedPerson(recordPersonId, recordPersonId);
    }

    private static List<MatchEvidence> evidence(MatchScorer.Score score) {
        return score.evidence().stream()
                .map(e -> new MatchEvidence(e.field(), e.outcome().name(), e.weight()))
                .toList();
    }

    /**
     * Identifiers the person (over all their records) does not hold yet are added to the record the subject
     * resolved to; one that contradicts a value the person holds is a conflict.
     */
    private void addNewIdentifiers(
            String recordPersonId,
            String personId,
            List<Identifier> identifiers,
            String sourceEventId,
            MetaData metaData) {
        Map<String, String> held = new HashMap<>(
                links.strongIdentifiersByRoot(List.of(recordPersonId)).getOrDefault(personId, Map.of()));
        for (Identifier id : identifiers) {
            if (!IdentifierSystems.identifiesPerson(id.system()) || id.value().equals(held.get(id.system()))) {
                continue;
            }
            if (held.containsKey(id.system())) {
                send(new RecordIdentityConflict(recordPersonId, id, null, sourceEventId), metaData);
            } else {
                send(new AddPersonIdentifier(recordPersonId, id, sourceEventId), metaData);
                held.put(id.system(), id.value());
            }
        }
    }

    /** The person record holding an identifier, and the person it is read as now. */
    private record Holder(String recordPersonId, String personId) {}

    /** The holder of each of these identifiers, in one read for all of a subject's identifiers. */
    private Map<Identifier, Holder> holders(List<Identifier> keys) {
        Map<Identifier, Holder> held = new HashMap<>();
        if (keys.isEmpty()) {
            return held;
        }
        StringBuilder sql = new StringBuilder("select k.identifier_system, k.identifier_value, k.person_id,"
                + " coalesce(l.root_id, k.person_id) from identity_key k left join person_link l on l.person_id = k.person_id"
                + " where ");
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append("(k.identifier_system = ? and k.identifier_value = ?)");
            args.add(keys.get(i).system());
            args.add(keys.get(i).value());
        }
        jdbc.query(
                sql.toString(),
                rs -> {
                    held.put(
                            new Identifier(rs.getString(1), rs.getString(2)),
                            new Holder(rs.getString(3), rs.getString(4)));
                },
                args.toArray());
        return held;
    }

    private void send(Object command, MetaData metaData) {
        commands.send(command, metaData);
    }

    /** The subject's identifiers in normal form; the ingest has already rejected invalid ones. */
    private static List<Identifier> normalised(Subject subject) {
        List<Identifier> result = new ArrayList<>();
        for (Identifier id : subject.identifiers()) {
            IdentifierCheck check = IdentifierSystems.check(id.system(), id.value());
            if (check.isValid() && result.stream().noneMatch(r -> r.system().equals(id.system()))) {
                result.add(new Identifier(id.system(), check.normalised()));
            }
        }
        return result;
    }
}
