package org.thinkfamily.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.thinkfamily.hub.integrity.HistoryChain;
import org.thinkfamily.hub.integrity.HistoryVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Checks that the stored history was not altered: every event's digest and the chain over them.",
            "Names the first global index where the store differs and how: changed, missing, inserted or reordered.",
            "May run while the hub serves on PostgreSQL (it reads one snapshot); events stored after the chain's last"
                    + " segment are counted as not yet chained.",
            "Exit status: 0 intact, 3 altered, 1 failed (the reason on standard error), 2 usage."
        })
final class VerifyCommand implements Callable<Integer> {

    static final int ALTERED = 3;

    private final HubFactory hubs;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--anchor",
            paramLabel = "<link>",
            description = "a link recorded earlier outside the hub (GET /api/v1/audit/integrity, or the hub's log):"
                    + " it must still be in the chain; repeatable")
    List<String> anchors = List.of();

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    VerifyCommand(HubFactory hubs) {
        this.hubs = hubs;
    }

    @Override
    public Integer call() throws Exception {
        try (var hub = hubs.startHub()) {
            HistoryVerification verification = hub.getBean(HistoryVerification.class);
            long horizon = hub.getBean(HistoryChain.class).head().horizon();
            HistoryVerification.Result result;
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("verify")
                    .setInitialMax(Math.max(1, horizon))
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" global index", 1)
                    .build()) {
                result = verification.verify(anchors, index -> {
                    bar.maxHint(Math.max(bar.getMax(), index));
                    bar.stepTo(index);
                });
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(result));
            } else {
                print(out, result);
            }
            return result.intact() ? 0 : ALTERED;
        }
    }

    private static void print(PrintWriter out, HistoryVerification.Result result) {
        if (result.intact()) {
            out.printf(
                    "intact: %,d events checked against %,d segments of the chain (up to global index %d);"
                            + " %,d stored since, not yet chained%nlast link: %s%n",
                    result.eventsChecked(),
                    result.segments(),
                    result.horizon(),
                    result.notYetChained(),
                    result.headLink());
            return;
        }
        HistoryVerification.Difference first = result.first();
        out.printf(
                "altered: %s at global index %s (%s); %d difference(s) in all%n",
                first.kind().word(),
                first.globalIndex() == null ? "-" : first.globalIndex(),
                first.detail(),
                result.differenceCount());
        result.differences().stream()
                .skip(1)
                .forEach(d -> out.printf(
                        "  %s at global index %s (%s)%n",
                        d.kind().word(), d.globalIndex() == null ? "-" : d.globalIndex(), d.detail()));
    }
}
