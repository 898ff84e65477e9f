package org.thinkfamily.hub.e2e;

import java.util.List;
import org.thinkfamily.hub.support.PostgresTestDatabase;
import org.thinkfamily.hub.support.RequiresPostgres;

/** kill -9 on PostgreSQL. */
@RequiresPostgres
class PostgresKillNineTest extends KillNineScenario {

    private final String url = PostgresTestDatabase.create();

    @Override
    List<String> databaseArgs() {
        return List.of(
                "--spring.profiles.active=postgres,demo",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD);
    }
}
