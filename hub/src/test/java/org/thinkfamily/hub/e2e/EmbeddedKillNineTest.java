package org.thinkfamily.hub.e2e;

import java.util.List;

/** kill -9 on the embedded default: the H2 file under the working directory's data/. */
class EmbeddedKillNineTest extends KillNineScenario {

    @Override
    List<String> databaseArgs() {
        return List.of(); // the embedded default, exactly as the README starts it
    }
}
