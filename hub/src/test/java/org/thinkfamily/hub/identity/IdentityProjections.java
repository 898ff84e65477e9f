package org.thinkfamily.hub.identity;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The identity index and the person directory that answers from it, for slice tests of other features. */
public final class IdentityProjections {

    private IdentityProjections() {
    }

    public static List<Object> on(JdbcTemplate jdbc) {
        return List.of(new IdentityIndex(jdbc), new PersonDirectory(jdbc, new PersonLinks(jdbc)));
    }
}
