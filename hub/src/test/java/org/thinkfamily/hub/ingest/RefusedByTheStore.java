package org.thinkfamily.hub.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A trigger on the event table that refuses every event of a record whose message id carries {@link #MARK} (events
 * carry their record's message id in their metadata), as a database refuses a row it cannot take: neither a key taken
 * first nor a connection lost. Installed on either database for one test, and taken out after it.
 */
public final class RefusedByTheStore implements Trigger {

    static final String MARK = "REFUSEDBYSTORE-";

    static void install(JdbcTemplate jdbc) {
        if (onPostgres(jdbc)) {
            jdbc.execute("""
                    create or replace function refused_by_the_store() returns trigger as $$
                    begin
                      if position('%s' in convert_from(new.meta_data, 'UTF8')) > 0 then
                        raise exception 'refused by the store' using errcode = 'P0001';
                      end if;
                      return new;
                    end $$ language plpgsql""".formatted(MARK));
            jdbc.execute("create trigger refused_by_the_store before insert on domain_event_entry"
                    + " for each row execute function refused_by_the_store()");
        } else {
            jdbc.execute("create trigger refused_by_the_store before insert on domain_event_entry for each row call \""
                    + RefusedByTheStore.class.getName() + "\"");
        }
    }

    static void remove(JdbcTemplate jdbc) {
        jdbc.execute(
                "drop trigger if exists refused_by_the_store" + (onPostgres(jdbc) ? " on domain_event_entry" : ""));
    }

    private static boolean onPostgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        for (Object value : newRow) {
            byte[] bytes = value instanceof byte[] b
                    ? b
                    : value instanceof Blob blob ? blob.getBytes(1, (int) blob.length()) : null;
            if (bytes != null && new String(bytes, StandardCharsets.UTF_8).contains(MARK)) {
                throw new SQLException("refused by the store", "P0001");
            }
        }
    }
}
