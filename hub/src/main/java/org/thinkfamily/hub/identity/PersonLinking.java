package org.thinkfamily.hub.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinkfamily.contracts.person.LinkPersonRecords;
import org.thinkfamily.contracts.person.LinkReason;
import org.thinkfamily.contracts.person.MatchEvidence;
import org.thinkfamily.contracts.person.RejectMatchReview;
import org.thinkfamily.contracts.person.UnlinkPersonRecords;
import org.thinkfamily.contracts.published.identifier.IdentifierSystems;
import org.thinkfamily.hub.messaging.Commands;
import org.thinkfamily.hub.problem.NotFound;
import org.thinkfamily.hub.problem.Refused;

/**
 * A manager's identity decisions: link two people, unlink a record wrongly linked, confirm or reject a
 * pair from the review queue. Each is checked against the identity index and made in one transaction,
 * so a decision is either whole or not made; whether a pair is still open is the {@link Person}'s to say. People holding different values of one national identifier
 * are never linked, by a manager either: the conflict must be resolved at its source first.
 */
@Service
class PersonLinking {

    private final Commands commands;
    private final PersonLinks links;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    PersonLinking(
            Commands commands, PersonLinks links, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.commands = commands;
        this.links = links;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    record Pair(
            String pairId,
            String personId,
            String candidatePersonId,
            double score,
            List<MatchEvidence> evidence,
            ReviewStatus status) {}

    private static final String PAIR_COLUMNS =
            "select pair_id, person_id, candidate_person_id, score, evidence, status from match_review ";

    /** Links the other person, with all their records, into the person. @return the person they are now */
    String link(String personId, String otherPersonId, String manager) {
        return transaction.execute(
                status -> link(personId, otherPersonId, LinkReason.MANAGER_DECISION, null, null, manager));
    }

    /** Takes a record, and those linked into it, out of the person. @return the record, a person of its own again */
    String unlink(String personId, String recordPersonId, String manager) {
        return transaction.execute(status -> {
            requireKnown(personId);
            requireKnown(recordPersonId);
            String root = links.rootOf(personId);
            if (!links.rootOf(recordPersonId).equals(root)) {
                throw new Refused("person record " + recordPersonId + " is not part of person " + root);
            }
            if (links.linkedInto(recordPersonId) == null) {
                throw new Refused("person record " + recordPersonId
                        + " is the person itself; unlink the records linked into it instead");
            }
            send(new UnlinkPersonRecords(recordPersonId, root, links.subtreeOf(recordPersonId)), manager);
            return recordPersonId;
        });
    }

    /**
     * The queued pair are one person: the provisional person is linked into the candidate. The person the pair was
     * queued on refuses a pair decided already, or one they no longer answer for (linked into someone else since).
     */
    String confirm(String pairId, String manager) {
        return transaction.execute(status -> {
            Pair pair = queued(pairId);
            return link(
                    pair.candidatePersonId(),
                    pair.personId(),
                    LinkReason.REVIEW_CONFIRMED,
                    pair.score(),
                    pairId,
                    manager);
        });
    }

    /** The queued pair are two people. */
    void reject(String pairId, String manager) {
        transaction.executeWithoutResult(status -> {
            Pair pair = queued(pairId);
            send(new RejectMatchReview(pair.personId(), pair.candidatePersonId(), pairId), manager);
        });
    }

    Optional<Pair> pair(String pairId) {
        return jdbc.query(PAIR_COLUMNS + "where pair_id = ?", PersonLinking::pairOf, pairId).stream()
                .findFirst();
    }

    /** The pairs waiting for a decision, highest score first. */
    List<Pair> openPairs() {
        return jdbc.query(
                PAIR_COLUMNS + "where status = ? order by score desc, queued_at",
                PersonLinking::pairOf,
                ReviewStatus.OPEN.name());
    }

    private static Pair pairOf(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Pair(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getDouble(4),
                MatchEvidenceColumn.read(rs.getString(5)),
                ReviewStatus.valueOf(rs.getString(6)));
    }

    /** The index names the pair's two people; an unknown pair id is answered here, before any command. */
    private Pair queued(String pairId) {
        return pair(pairId).orElseThrow(() -> new NotFound("no review pair " + pairId));
    }

    private String link(
            String personId, String otherPersonId, LinkReason reason, Double score, String pairId, String manager) {
        requireKnown(personId);
        requireKnown(otherPersonId);
        String into = links.rootOf(personId);
        String moving = links.rootOf(otherPersonId);
        if (into.equals(moving)) {
            throw new Refused(
                    "person records " + personId + " and " + otherPersonId + " are already one person, " + into);
        }
        Map<String, Map<String, String>> strong = links.strongIdentifiersByRoot(List.of(into, moving));
        Map<String, String> a = strong.getOrDefault(into, Map.of());
        Map<String, String> b = strong.getOrDefault(moving, Map.of());
        a.forEach((system, value) -> {
            if (IdentifierSystems.isNational(system)
                    && b.containsKey(system)
                    && !b.get(system).equals(value)) {
                throw new Refused("persons " + into + " and " + moving + " hold different " + system
                        + " values; two values of one strong identifier are two people until the source corrects one");
            }
        });
        send(new LinkPersonRecords(moving, into, links.recordsOf(moving), reason, score, null, pairId, null), manager);
        return into;
    }

    private void requireKnown(String personId) {
        Integer known =
                jdbc.queryForObject("select count(*) from person_link where person_id = ?", Integer.class, personId);
        if (known == null || known == 0) {
            throw new NotFound("no person " + personId);
        }
    }

    private void send(Object command, String manager) {
        commands.sendAs(manager, command);
    }
}
