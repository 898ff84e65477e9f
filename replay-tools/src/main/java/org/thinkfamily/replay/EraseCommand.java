package org.thinkfamily.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import org.thinkfamily.hub.identity.PersonErasure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "erase",
        mixinStandardHelpOptions = true,
        description = {
            "Erases a person's personal data, as POST /api/v1/people/{id}/erase does: the keys of the person and of"
                    + " every record linked into them are destroyed, so every view, export and replay shows their"
                    + " names, birth dates, addresses, identifiers and the words of every record naming them as"
                    + " erased. The history itself is not rewritten: `verify` still passes.",
            "The identity index forgets them at once; the other projections as they reach the erasure. Dead"
                    + " letters holding their identifiers, or their family name with their birth date, are deleted.",
            "Recorded in the event store and the access log under --user, from the client 'tool'. May run while"
                    + " the hub serves on PostgreSQL: each hub node forgets the destroyed keys within about a second"
                    + " (thinkfamily.privacy.erasure-check-every).",
            "Exit status: 0 erased, 1 failed (no such person), 2 usage."
        })
final class EraseCommand implements Callable<Integer> {

    private final HubFactory hubs;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<personId>")
    String personId;

    @Option(
            names = "--reason",
            required = true,
            paramLabel = "<why>",
            description = "why (at most 500 characters; never the person's name): kept with the erasure")
    String reason;

    @Mixin
    ErasingAuditor eraser;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    EraseCommand(HubFactory hubs) {
        this.hubs = hubs;
    }

    @Override
    public Integer call() throws Exception {
        if (reason.isBlank() || reason.length() > PersonErasure.MAX_REASON) {
            throw new ParameterException(
                    spec.commandLine(), "--reason: state why, in at most " + PersonErasure.MAX_REASON + " characters");
        }
        try (var hub = hubs.startHub()) {
            var auditor = eraser.auditor();
            PersonErasure.Erased erased = hub.getBean(PersonErasure.class)
                    .erase(auditor, personId, reason)
                    .orElseThrow(() -> new IllegalArgumentException("no person " + personId));
            if (json) {
                spec.commandLine()
                        .getOut()
                        .println(hub.getBean(ObjectMapper.class).writeValueAsString(erased));
            } else {
                spec.commandLine()
                        .getOut()
                        .printf(
                                "erased person %s: %d record key(s) destroyed, %d dead letter(s) deleted%n",
                                erased.personId(), erased.dataSubjects().size(), erased.deadLettersDeleted());
            }
            return 0;
        }
    }
}
