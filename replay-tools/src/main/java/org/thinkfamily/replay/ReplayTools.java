package org.thinkfamily.replay;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.thinkfamily.hub.HubApplication;
import org.thinkfamily.replay.benchmark.IngestBenchmarkCommand;
import org.thinkfamily.replay.benchmark.ReadsBenchmarkCommand;
import org.thinkfamily.replay.benchmark.RebuildBenchmarkCommand;
import org.thinkfamily.replay.generate.GenerateCommand;
import org.thinkfamily.replay.matching.MatchingBenchmarkCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code replay-tools}: what auditors and operators run against the hub's store. Arguments of the form
 * {@code --spring.*}, {@code --axon.*} or {@code --thinkfamily.*} are the hub's own settings and go to
 * it unchanged, as do the environment variables the hub reads.
 */
@Command(
        name = "replay-tools",
        mixinStandardHelpOptions = true,
        version = "replay-tools 0.1.0",
        description = {
            "Tools for auditors and operators of the Think Family Hub.",
            "They read the same settings as the hub: SPRING_PROFILES_ACTIVE, SPRING_DATASOURCE_URL, "
                    + "SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD, or --spring.datasource.url=... "
                    + "On the embedded default, run them from the hub's working directory, beside its data/ folder.",
            "On the embedded database, stop the hub first: it admits one process. On PostgreSQL, the timeline "
                    + "and the access log are rebuilt while the hub serves; the other rebuilds refuse a projection "
                    + "that a running hub holds, so stop every hub node first."
        },
        subcommands = {
            RebuildCommand.class,
            VerifyCommand.class,
            AccessLogCommand.class,
            FamilyCommand.class,
            ExportSubjectCommand.class,
            EraseCommand.class,
            RetentionCommand.class,
            IngestBenchmarkCommand.class,
            RebuildBenchmarkCommand.class,
            ReadsBenchmarkCommand.class,
            MatchingBenchmarkCommand.class,
            GenerateCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ReplayTools {

    static final List<String> HUB_SETTING_PREFIXES =
            List.of("--spring.", "--axon.", "--thinkfamily.", "--logging.", "--server.");

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs one command; returns its exit status (0 success, 1 failure, 2 usage). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        HubApplication.disableVendorUpdateCheck();
        List<String> own = new ArrayList<>();
        List<String> hubSettings = new ArrayList<>();
        for (String arg : args) {
            (HUB_SETTING_PREFIXES.stream().anyMatch(arg::startsWith) ? hubSettings : own).add(arg);
        }
        CommandLine commandLine = new CommandLine(new ReplayTools(), new HubFactory(hubSettings));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("replay-tools: " + e.getMessage());
            return 1;
        });
        return commandLine.execute(own.toArray(String[]::new));
    }
}
