package org.thinkfamily.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.thinkfamily.hub.identity.SubjectAccess;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "export-subject",
        mixinStandardHelpOptions = true,
        description = {
            "Subject access: everything the hub holds about a person, as JSON (as GET /api/v1/people/{id}/export"
                    + " answers it) or, with --html, as a readable document.",
            "The export is recorded in the access log as a read of each of the person's families, by the auditor"
                    + " named by --user, from the client 'tool'. May run while the hub serves on PostgreSQL.",
            "Exit status: 0 exported, 1 failed (no such person), 2 usage."
        })
final class ExportSubjectCommand implements Callable<Integer> {

    private final HubFactory hubs;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<personId>")
    String personId;

    @Option(names = "--html", description = "a readable HTML document instead of JSON")
    boolean html;

    @Option(names = "--output", paramLabel = "<file>", description = "write to this file instead of standard output")
    Path output;

    @Mixin
    AuditorOptions reader;

    @Option(
            names = "--purpose",
            paramLabel = "<why>",
            description = "why, for the access log",
            defaultValue = "subject access request")
    String purpose;

    ExportSubjectCommand(HubFactory hubs) {
        this.hubs = hubs;
    }

    @Override
    public Integer call() throws Exception {
        try (var hub = hubs.startHub()) {
            var auditor = reader.auditor();
            SubjectAccess.Export export = hub.getBean(SubjectAccess.class)
                    .export(auditor, personId, purpose)
                    .orElseThrow(() -> new IllegalArgumentException("no person " + personId));
            String text = html
                    ? hub.getBean(ITemplateEngine.class)
                            .process(
                                    SubjectAccess.DOCUMENT,
                                    new Context(java.util.Locale.UK, SubjectAccess.documentModel(export)))
                    : hub.getBean(ObjectMapper.class)
                            .writerWithDefaultPrettyPrinter()
                            .writeValueAsString(export);
            if (output == null) {
                spec.commandLine().getOut().println(text);
            } else {
                Files.writeString(output, text, StandardCharsets.UTF_8);
                spec.commandLine()
                        .getOut()
                        .printf(
                                "wrote %s: %d events, %d assessment contributions, %d access log entries%n",
                                output,
                                export.events().size(),
                                export.assessmentContributions().size(),
                                export.accessLog().size());
            }
            return 0;
        }
    }
}
