package org.thinkfamily.hub.assessment;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.TestDatabases;

import java.io.IOException;

/** The assessment's scenarios on the embedded default. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedAssessmentTest extends AssessmentScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        TestDatabases.embedded(registry, "assessment");
    }
}
