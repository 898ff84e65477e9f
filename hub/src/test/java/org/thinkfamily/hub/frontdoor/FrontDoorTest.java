package org.thinkfamily.hub.frontdoor;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.TestDatabases;

import java.io.IOException;

/** The front door on the embedded default (H2, demo accounts). A context of its own: the form's addresses get limited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrontDoorTest extends FrontDoorScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        TestDatabases.embedded(registry, "front-door");
    }
}
