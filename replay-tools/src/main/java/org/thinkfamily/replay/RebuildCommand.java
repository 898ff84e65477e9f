package org.thinkfamily.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ConfigurableApplicationContext;
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
            "Rebuilds a projection (or --all, one after another) by replaying the whole event store.",
            "On PostgreSQL, " + ProcessingGroups.TIMELINE + " and " + ProcessingGroups.ACCESS_LOG
                    + " are rebuilt into shadow tables while the hub serves, then swapped in.",
            "The other projections, and every projection on the embedded database, are rebuilt in place:",
            "stop every hub node first (a projection held by a running hub is refused).",
            "Exit status: 0 rebuilt, 1 failed (the reason on standard error), 2 usage."
        })
final class RebuildCommand implements Callable<Integer> {

    private final HubFactory hubs;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "<projection>",
            description = "one of: " + ProcessingGroups.TIMELINE + ", " + ProcessingGroups.ACCESS_LOG + ", "
                    + ProcessingGroups.IDENTITY_INDEX + ", " + ProcessingGroups.FAMILY_INDEX + ", "
                    + ProcessingGroups.CONTACT_QUEUE + ", " + ProcessingGroups.ASSESSMENT)
    String projection;

    @Option(names = "--all", description = "every projection, one after another (stop every hub node first)")
    boolean all;

    @Option(names = "--json", description = "print the result as JSON (an array with --all)")
    boolean json;

    RebuildCommand(HubFactory hubs) {
        this.hubs = hubs;
    }

    @Override
    public Integer call() throws Exception {
        if (all == (projection != null)) {
            spec.commandLine().getErr().println("replay-tools: name one projection, or --all");
            return 2;
        }
        if (!all && !Projections.REBUILDABLE.contains(projection)) {
            spec.commandLine()
                    .getErr()
                    .println("replay-tools: unknown projection " + projection + "; rebuildable: "
                            + Projections.REBUILDABLE);
            return 2;
        }
        try (var hub = hubs.startHub()) {
            List<Projections.Rebuilt> rebuilt = new ArrayList<>();
            for (String name : all ? Projections.REBUILDABLE : List.of(projection)) {
                rebuilt.add(rebuild(hub, name));
            }
            if (json) {
                spec.commandLine()
                        .getOut()
                        .println(new ObjectMapper().writeValueAsString(all ? rebuilt : rebuilt.get(0)));
            } else {
                rebuilt.forEach(this::print);
            }
            return 0;
        }
    }

    private Projections.Rebuilt rebuild(ConfigurableApplicationContext hub, String name) throws InterruptedException {
        Projections projections =
                new Projections(hub.getBean(EventProcessingConfiguration.class), hub.getBean(JdbcTemplate.class));
        ShadowRebuild shadow = hub.getBean(ShadowRebuild.class);
        if (shadow.supported() && shadow.rebuildable().contains(name)) {
            return whileServing(shadow, name, projections.headIndex());
        }
        EventStoreProperties store = hub.getBean(EventStoreProperties.class);
        var claimWait = store.claimTimeout().plusSeconds(5);
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("rebuild " + name)
                .setInitialMax(projections.headIndex())
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" events", 1)
                .build()) {
            return ProcessingGroups.REPLAYED_INDEXES.contains(name)
                    ? new IndexRebuild(
                                    hub.getBean(EventProcessingConfiguration.class),
                                    hub.getBean(EventStore.class),
                                    hub.getBean(PlatformTransactionManager.class),
                                    hub.getBean(JdbcTemplate.class),
                                    store.nodeIdOrDefault())
                            .rebuild(name, claimWait, bar::stepTo)
                    : projections.rebuild(name, claimWait, bar::stepTo);
        }
    }

    private static Projections.Rebuilt whileServing(ShadowRebuild shadow, String name, long head) {
        try (ProgressBar bar = new ProgressBarBuilder()
                .setInitialMax(head)
                .setTaskName("rebuild " + name + " (while serving)")
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" events", 1)
                .build()) {
            var result = shadow.rebuild(name, position -> {
                // the store grows while the hub serves
                bar.maxHint(Math.max(bar.getMax(), position));
                bar.stepTo(position);
            });
            return new Projections.Rebuilt(
                    result.projection(), result.eventsReplayed(), result.headIndex(), result.seconds());
        }
    }

    private void print(Projections.Rebuilt rebuilt) {
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
}
