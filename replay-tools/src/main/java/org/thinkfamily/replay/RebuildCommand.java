package org.thinkfamily.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thinkfamily.hub.eventstore.EventStoreProperties;
import org.thinkfamily.hub.projection.ProcessingGroups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Drops a projection and rebuilds it by replaying the whole event store.",
                "Stop every hub node first: a projection held by a running hub is refused.",
                "Rebuildable projections: " + ProcessingGroups.TIMELINE + ", " + ProcessingGroups.ACCESS_LOG + "."})
final class RebuildCommand implements Callable<Integer> {

    private final HubFactory hubs;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<projection>", description = ProcessingGroups.TIMELINE + " or " + ProcessingGroups.ACCESS_LOG)
    String projection;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    RebuildCommand(HubFactory hubs) {
        this.hubs = hubs;
    }

    @Override
    public Integer call() throws Exception {
        if (!Projections.REBUILDABLE.contains(projection)) {
            spec.commandLine().getErr().println("replay-tools: unknown projection " + projection + "; rebuildable: " + Projections.REBUILDABLE);
            return 2;
        }
        try (var hub = hubs.startHub()) {
            Projections projections = new Projections(hub.getBean(EventProcessingConfiguration.class), hub.getBean(JdbcTemplate.class));
            var claimWait = hub.getBean(EventStoreProperties.class).claimTimeout().plusSeconds(5);
            Projections.Rebuilt rebuilt;
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("rebuild " + projection).setInitialMax(projections.headIndex())
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" events", 1).build()) {
                rebuilt = projections.rebuild(projection, claimWait, bar::stepTo);
            }
            if (json) {
                spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(rebuilt));
            } else {
                spec.commandLine().getOut().printf("rebuilt %s from %d events (global index up to %d) in %.1f s%n",
                        rebuilt.projection(), rebuilt.eventsReplayed(), rebuilt.headIndex(), rebuilt.seconds());
            }
            return 0;
        }
    }
}
