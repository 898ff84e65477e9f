package org.thinkfamily.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.thinkfamily.hub.family.FamilyViews;
import org.thinkfamily.hub.thinkfamily.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "family",
        mixinStandardHelpOptions = true,
        description = {
            "Prints a family's Think Family view (members, tier, the five questions, needs), now or as the hub knew it"
                    + " at an instant (--as-at): only what was recorded by then.",
            "The read is recorded in the access log, as the auditor named by --user, from the client 'tool'.",
            "May run while the hub serves on PostgreSQL.",
            "Exit status: 0 printed, 1 failed (no such family, or not known then), 2 usage."
        })
final class FamilyCommand implements Callable<Integer> {

    private final HubFactory hubs;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<familyId>")
    String familyId;

    @Option(names = "--as-at", paramLabel = "<instant>", description = "e.g. 2026-03-03T09:00:00Z")
    Instant asAt;

    @Mixin
    AuditorOptions reader;

    @Option(names = "--purpose", paramLabel = "<why>", description = "why, for the access log", defaultValue = "audit")
    String purpose;

    @Option(names = "--json", description = "print the view as JSON, as GET /api/v1/families/{id} answers it")
    boolean json;

    FamilyCommand(HubFactory hubs) {
        this.hubs = hubs;
    }

    @Override
    public Integer call() throws Exception {
        try (var hub = hubs.startHub()) {
            var auditor = reader.auditor();
            FamilyViews.FamilyView view = hub.getBean(FamilyViews.class)
                    .view(auditor, familyId, asAt, asAt == null ? "READ_FAMILY" : "READ_FAMILY_AS_AT", purpose);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(hub.getBean(ObjectMapper.class).writeValueAsString(view));
            } else {
                print(out, view);
            }
            return 0;
        }
    }

    private static void print(PrintWriter out, FamilyViews.FamilyView view) {
        out.printf(
                "family %s%s, known since %s%n",
                view.familyId(), view.asAt() == null ? "" : " as the hub knew it at " + view.asAt(), view.startedAt());
        out.printf(
                "tier %s; lead professional %s%n",
                view.tier() == null ? "not decided" : view.tier(),
                view.leadProfessional() == null ? "-" : view.leadProfessional());
        out.printf("members (%d):%n", view.members().size());
        view.members().forEach(m -> out.printf("  %s  %-22s  since %s%n", m.personId(), m.role(), m.since()));
        out.println("the five questions:");
        question(out, "priorities", view.questions().priorities());
        question(out, "health and safeguarding", view.questions().healthSafeguarding());
        question(out, "school attendance", view.questions().schoolAttendance());
        question(out, "crime and anti-social behaviour", view.questions().crimeAntiSocialBehaviour());
        question(out, "work", view.questions().work());
        out.printf(
                "needs met: %d of %d%s%n",
                view.needs().stream().filter(n -> n.met()).count(),
                view.needs().size(),
                view.inScopeForTargetedEarlyHelp() ? " (in scope for targeted early help)" : "");
    }

    private static void question(PrintWriter out, String name, Question question) {
        out.printf(
                "  %-32s %s (%d record%s)%n",
                name,
                question.status(),
                question.eventIds().size(),
                question.eventIds().size() == 1 ? "" : "s");
    }
}
