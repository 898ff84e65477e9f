package org.thinkfamily.hub.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** An embedded (H2 file) database of a test's own, in a fresh temporary folder. */
public final class TestDatabases {

    private TestDatabases() {}

    /** @return the folder holding it, for tests that put more beside it (an inbox) */
    public static Path embedded(DynamicPropertyRegistry registry, String name) throws IOException {
        Path dir = Files.createTempDirectory("thinkfamily-" + name);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + dir.resolve("thinkfamily") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
        return dir;
    }
}
