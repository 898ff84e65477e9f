package org.thinkfamily.hub.identity;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.thinkfamily.hub.projection.PersonRecordRows;

/** The identity index and the person directory that answers from it, for slice tests of other features. */
public final class IdentityProjections {

    private IdentityProjections() {}

    public static List<Object> on(JdbcTemplate jdbc) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        return List.of(
                new IdentityIndex(jdbc, new PersonRecordRows(named)),
                new PersonDirectory(jdbc, named, new PersonLinks(jdbc, named)));
    }
}
