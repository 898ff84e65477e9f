package org.thinkfamily.hub.identity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.published.identifier.IdentifierSystems;
import org.thinkfamily.hub.identity.matching.CurrentPeople;

/**
 * Reads the link tree the identity index keeps: which person each person record is read as (its root),
 * which records a person is made of, and which a record brought with it when it was linked. Current
 * within the ingest's transaction, as the index is.
 */
@Component
class PersonLinks implements CurrentPeople {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    PersonLinks(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** The person a record is read as now; the record itself when unknown to the index. */
    String rootOf(String recordPersonId) {
        return rootsOf(List.of(recordPersonId)).get(recordPersonId);
    }

    /** The record a record was linked into directly, or null when it is a person of its own. */
    String linkedInto(String recordPersonId) {
        List<String> parent = jdbc.queryForList(
                "select linked_into from person_link where person_id = ?", String.class, recordPersonId);
        return parent.isEmpty() ? null : parent.get(0);
    }

    /** Every record read as this person, the person's own first. */
    List<String> recordsOf(String personId) {
        List<String> records = new ArrayList<>(List.of(personId));
        jdbc.queryForList(
                        "select person_id from person_link where root_id = ? and person_id <> ? order by person_id",
                        String.class,
                        personId,
                        personId)
                .forEach(records::add);
        return records;
    }

    /** The record and every record linked into it, directly or through others: what an unlink takes with it. */
    List<String> subtreeOf(String recordPersonId) {
        List<String> subtree = new ArrayList<>();
        Deque<String> next = new ArrayDeque<>(List.of(recordPersonId));
        while (!next.isEmpty()) {
            String record = next.pop();
            subtree.add(record);
            next.addAll(
                    jdbc.queryForList("select person_id from person_link where linked_into = ?", String.class, record));
        }
        return subtree;
    }

    /**
     * The strong identifiers of each person (by root) the given records are read as: system to value, over
     * all the person's records. A person whose records disagree on a system keeps the first value; the
     * disagreement is already a recorded conflict.
     */
    @Override
    public Map<String, Map<String, String>> strongIdentifiersByRoot(Collection<String> recordPersonIds) {
        Map<String, Map<String, String>> byRoot = new HashMap<>();
        if (recordPersonIds.isEmpty()) {
            return byRoot;
        }
        named.query("""
                select r.root_id, i.identifier_system, i.identifier_value
                from person_link r join person_link m on m.root_id = r.root_id join person_identifier i on i.person_id = m.person_id
                where r.person_id in (:ids) order by i.identifier_system, i.identifier_value""", Map.of("ids", recordPersonIds), rs -> {
            if (IdentifierSystems.identifiesPerson(rs.getString(2))) {
                byRoot.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .putIfAbsent(rs.getString(2), rs.getString(3));
            }
        });
        return byRoot;
    }

    /** Roots of the given records, record to root. */
    @Override
    public Map<String, String> rootsOf(Collection<String> recordPersonIds) {
        Map<String, String> roots = new HashMap<>();
        if (recordPersonIds.isEmpty()) {
            return roots;
        }
        named.query(
                "select person_id, root_id from person_link where person_id in (:ids)",
                Map.of("ids", recordPersonIds),
                rs -> {
                    roots.put(rs.getString(1), rs.getString(2));
                });
        recordPersonIds.forEach(id -> roots.putIfAbsent(id, id));
        return roots;
    }
}
