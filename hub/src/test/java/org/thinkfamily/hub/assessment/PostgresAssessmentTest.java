package org.thinkfamily.hub.assessment;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.PostgresTestDatabase;
import org.thinkfamily.hub.support.RequiresPostgres;

/** The assessment's scenarios on PostgreSQL (the production profile, with the demo accounts added). */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
class PostgresAssessmentTest extends AssessmentScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = PostgresTestDatabase.create();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
        registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
    }
}
