package org.thinkfamily.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.thinkfamily.hub.identity.RetentionReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "retention",
        mixinStandardHelpOptions = true,
        description = {
            "The retention rule, on demand: closed families past thinkfamily.privacy.retention-years (25) after"
                    + " their youngest child's birth, and the people due for erasure (those in no family still"
                    + " kept). A family with a child whose birth date is unknown is never due.",
            "Reports only, unless --erase: then each person due is erased as `erase` does, under --user.",
            "Exit status: 0 done, 1 failed, 2 usage."
        })
final class RetentionCommand implements Callable<Integer> {

    private final HubFactory hubs;

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "<date>", description = "the day to judge retention on (default: today)")
    LocalDate asOf;

    @Option(names = "--erase", description = "erase the people due (otherwise report only)")
    boolean erase;

    @Mixin
    ErasingAuditor eraser;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    RetentionCommand(HubFactory hubs) {
        this.hubs = hubs;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate day = asOf == null ? LocalDate.now(java.time.ZoneId.of("Europe/London")) : asOf;
        try (var hub = hubs.startHub()) {
            RetentionReview retention = hub.getBean(RetentionReview.class);
            Object result;
            RetentionReview.Report report;
            int erased = 0;
            if (erase) {
                var auditor = eraser.auditor();
                RetentionReview.Applied applied = retention.apply(auditor, day);
                report = applied.report();
                erased = applied.erased().size();
                result = applied;
            } else {
                report = retention.review(day);
                result = report;
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(hub.getBean(ObjectMapper.class)
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(result));
                return 0;
            }
            out.printf(
                    "retention as of %s (%d years after the youngest child's birth, family closed)%n",
                    report.asOf(), report.years());
            for (RetentionReview.FamilyDue family : report.familiesDue()) {
                out.printf(
                        "  family %s: closed %s, due since %s, %d people%n",
                        family.familyId(),
                        family.closedAt(),
                        family.dueSince(),
                        family.people().size());
            }
            out.printf(
                    "%d families due; %d people due for erasure; %d kept (in a family still kept)%n",
                    report.familiesDue().size(),
                    report.peopleDue().size(),
                    report.peopleKept().size());
            if (erase) {
                out.printf("erased %d people%n", erased);
            }
            return 0;
        }
    }
}
