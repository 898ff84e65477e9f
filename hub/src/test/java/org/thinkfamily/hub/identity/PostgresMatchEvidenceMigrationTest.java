package org.thinkfamily.hub.identity;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.thinkfamily.hub.support.PostgresTestDatabase;
import org.thinkfamily.hub.support.RequiresPostgres;

@RequiresPostgres
class PostgresMatchEvidenceMigrationTest {

    @Test
    void evidence_stored_as_text_is_converted_to_json() {
        MatchEvidenceMigrationTest.converts(
                new DriverManagerDataSource(
                        PostgresTestDatabase.create(), PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD),
                Map.of("binary_type", "bytea", "text_type", "text"));
    }
}
