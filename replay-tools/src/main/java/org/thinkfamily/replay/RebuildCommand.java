package org.thinkfamily.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.thinkfamily.hub.eventstore.EventStoreProperties;
import org.thinkfamily.hub.projection.ProcessingGroups;
import org.thinkfamily.hub.projection.ShadowRebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "rebuild",
        mixinStandardHelpOptions = true,
        description = {
            "Rebuilds a projection by replaying the whole event store.",
            "On PostgreSQL, " + ProcessingGroups.TIMELINE + " and " + ProcessingGroups.ACCESS_LOG
                    + " are rebuilt into shadow tables while the hub serves, then swapped in.",
            "The other projections, and every projection on the embedded database, are rebuilt in place:",
            "stop every hub node first (a projection held by a running hub is refused).",
            "Rebuildable projections: " + ProcessingGroups.TIMELINE + ", " + ProcessingGroups.ACCESS_LOG + ", "
                    + ProcessingGroups.IDENTITY_INDEX + ", " + ProcessingGroups.FAMILY_INDEX + "."
        })
final class RebuildCommand implements Callable<Integer> {

    private final HubFactory hubs;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "<projection>",
            description = ProcessingGroups.TIMELINE + ", " + ProcessingGroups.ACCESS_LOG + ", "
                    + ProcessingGroups.IDENTITY_INDEX + " or " + ProcessingGroups.FAMILY_INDEX)
    String projection;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    RebuildCommand(HubFactory hubs) {
        this.hubs = hubs;
    }

    @Override
    public Integer call() throws Exception {
        if (!Projections.REBUILDABLE.contains(projection)) {
            spec.commandLine()
                    .getErr()
                    .println("replay-tools: unknown projection " + projection + "; rebuildable: "
                            + Projections.REBUILDABLE);
            return 2;
        }
        try (var hub = hubs.startHub()) {
            ShadowRebuild shadow = hub.getBean(ShadowRebuild.class);
            if (shadow.supported() && shadow.rebuildable().contains(projection)) {
                long head = new Projections(
                                hub.getBean(EventProcessingConfiguration.class), hub.getBean(JdbcTemplate.class))
                        .headIndex();
                return print(whileServing(shadow, head));
            }
            Projections projections =
                    new Projections(hub.getBean(EventProcessingConfiguration.class), hub.getBean(JdbcTemplate.class));
            EventStoreProperties store = hub.getBean(EventStoreProperties.class);
            var claimWait = store.claimTimeout().plusSeconds(5);
            Projections.Rebuilt rebuilt;
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("rebuild " + projection)
                    .setInitialMax(projections.headIndex())
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" events", 1)
                    .build()) {
                rebuilt = ProcessingGroups.REPLAYED_INDEXES.contains(projection)
                        ? new IndexRebuild(
                                        hub.getBean(EventProcessingConfiguration.class),
                                        hub.getBean(EventStore.class),
                                        hub.getBean(PlatformTransactionManager.class),
                                        hub.getBean(JdbcTemplate.class),
                                        store.nodeIdOrDefault())
                                .rebuild(projection, claimWait, bar::stepTo)
                        : projections.rebuild(projection, claimWait, bar::stepTo);
            }
            return print(rebuilt);
        }
    }

    private Projections.Rebuilt whileServing(ShadowRebuild shadow, long head) {
        try (ProgressBar bar = new ProgressBarBuilder()
                .setInitialMax(head)
                .setTaskName("rebuild " + projection + " (while serving)")
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" events", 1)
                .build()) {
            var result = shadow.rebuild(projection, position -> {
                // the store grows while the hub serves
                bar.maxHint(Math.max(bar.getMax(), position));
                bar.stepTo(position);
            });
            return new Projections.Rebuilt(
                    result.projection(), result.eventsReplayed(), result.headIndex(), result.seconds());
        }
    }

    private int print(Projections.Rebuilt rebuilt) throws Exception {
        if (json) {
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(rebuilt));
        } else {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "rebuilt %s from %d events (global index up to %d) in %.1f s, %.0f events/s%n",
                            rebuilt.projection(),
                            rebuilt.eventsReplayed(),
                            rebuilt.headIndex(),
                            rebuilt.seconds(),
                            rebuilt.seconds() == 0 ? 0 : rebuilt.eventsReplayed() / rebuilt.seconds());
        }
        return 0;
    }
}
