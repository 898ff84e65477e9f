package org.thinkfamily.hub.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.thinkfamily.contracts.person.MatchEvidence;
import org.thinkfamily.contracts.published.canonical.PersonName;

/** A person as the web pages show them, and the evidence rows of a match; built from what {@link PersonReads} showed. */
record PersonPanel(
        String personId, String name, LocalDate birthDate, List<IdentifierRow> identifiers, List<String> familyIds) {

    record IdentifierRow(String label, String value) {}

    record EvidenceRow(String field, String outcome, String tag, double weight) {}

    static PersonPanel of(PersonReads.Shown shown) {
        var person = shown.person();
        return new PersonPanel(
                person.personId(),
                nameOf(person.name()),
                person.birthDate(),
                person.identifiers().stream()
                        .map(i -> new IdentifierRow(IdentityLabels.system(i.system()), i.value()))
                        .toList(),
                shown.familyIds());
    }

    static List<EvidenceRow> evidence(List<MatchEvidence> evidence) {
        return evidence == null
                ? List.of()
                : evidence.stream().map(PersonPanel::row).toList();
    }

    private static EvidenceRow row(MatchEvidence e) {
        return new EvidenceRow(
                IdentityLabels.field(e.field()), e.outcome(), IdentityLabels.outcomeTag(e.outcome()), e.weight());
    }

    private static String nameOf(PersonName name) {
        return name == null
                ? null
                : Stream.of(name.given(), name.family())
                        .filter(part -> part != null && !part.isBlank())
                        .collect(Collectors.collectingAndThen(
                                Collectors.joining(" "), joined -> joined.isEmpty() ? null : joined));
    }
}
