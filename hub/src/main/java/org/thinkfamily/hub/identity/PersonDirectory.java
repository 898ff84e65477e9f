package org.thinkfamily.hub.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.person.FindPeople;
import org.thinkfamily.contracts.person.FindPeopleAtAddress;
import org.thinkfamily.contracts.person.FindPeopleByIdentifier;
import org.thinkfamily.contracts.person.PersonSummary;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;

/** Answers queries about people from the identity index. */
@Component
class PersonDirectory {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PersonLinks links;

    PersonDirectory(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, PersonLinks links) {
        this.jdbc = jdbc;
        this.named = named;
        this.links = links;
    }

    @QueryHandler
    List<PersonSummary> handle(FindPeopleByIdentifier query) {
        List<String> ids = jdbc.queryForList(
                "select person_id from person_identifier where identifier_system = ? and identifier_value = ? order by person_id",
                String.class,
                query.identifier().system(),
                query.identifier().value());
        return summaries(ids);
    }

    @QueryHandler
    List<String> handle(FindPeopleAtAddress query) {
        return jdbc.queryForList("""
                select distinct l.root_id from person_directory d join person_link l on l.person_id = d.person_id
                where d.uprn = ? order by l.root_id""", String.class, query.uprn());
    }

    /** A person record linked into another person is answered as that person. */
    @QueryHandler
    List<PersonSummary> handle(FindPeople query) {
        return summaries(query.personIds());
    }

    private List<PersonSummary> summaries(List<String> recordPersonIds) {
        if (recordPersonIds.isEmpty()) {
            return List.of();
        }
        Map<String, String> roots = links.rootsOf(recordPersonIds);
        List<String> personIds =
                recordPersonIds.stream().map(roots::get).distinct().toList();
        Map<String, Object> ids = Map.of("ids", personIds);
        Map<String, List<Identifier>> identifiers = new HashMap<>();
        named.query("""
                select distinct l.root_id, i.identifier_system, i.identifier_value from person_link l
                join person_identifier i on i.person_id = l.person_id where l.root_id in (:ids)
                order by i.identifier_system, i.identifier_value""", ids, rs -> {
            identifiers
                    .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new Identifier(rs.getString(2), rs.getString(3)));
        });
        Map<String, PersonSummary> people = new LinkedHashMap<>();
        named.query(
                "select person_id, given_name, family_name, birth_date, erased_at from person_directory where person_id in (:ids)",
                ids,
                rs -> {
                    String id = rs.getString(1);
                    PersonName name = rs.getString(2) == null && rs.getString(3) == null
                            ? null
                            : new PersonName(rs.getString(2), rs.getString(3));
                    var birthDate = rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate();
                    people.put(
                            id,
                            new PersonSummary(
                                    id,
                                    identifiers.getOrDefault(id, List.of()),
                                    name,
                                    birthDate,
                                    rs.getTimestamp(5) != null));
                });
        return personIds.stream()
                .map(people::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
