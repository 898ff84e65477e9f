package org.thinkfamily.connectors.youthjustice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thinkfamily.connectors.support.Fields;
import org.thinkfamily.connectors.support.Identifiers;
import org.thinkfamily.connectors.support.RowLayout;
import org.thinkfamily.connectors.support.UkTime;
import org.thinkfamily.contracts.published.canonical.Address;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

/**
 * Youth justice outcomes:
 * {@code yot_case_id, pnc_id, forename, surname, date_of_birth, postcode, outcome, outcome_date, offence_category}.
 * The child is identified by the PNC id (checked) and the YOT's own case id ({@code local:<agency>}).
 */
final class YouthJusticeLayout implements RowLayout {

    static final String CONNECTOR = "youth-justice";

    @Override
    public String connector() {
        return CONNECTOR;
    }

    @Override
    public Sector sector() {
        return Sector.YOUTH_JUSTICE;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("yot_case_id", "outcome", "outcome_date", "offence_category");
    }

    @Override
    public CanonicalEvent map(List<? extends Fields> rows, String agency) {
        Fields row = rows.get(0);
        String yot = agency == null ? "yot" : agency;
        String caseId = row.required("yot_case_id");
        List<Identifier> identifiers = new ArrayList<>();
        if (row.get("pnc_id") != null) {
            identifiers.add(Identifiers.checked("pnc-id", row.get("pnc_id"), "pnc_id"));
        }
        identifiers.add(Identifiers.checked("local:" + yot, caseId, "yot_case_id"));
        String outcome = Identifiers.code(row.required("outcome"));
        LocalDate date = row.requiredDate("outcome_date");
        Subject child = new Subject(
                SubjectRole.CHILD,
                identifiers,
                row.name("forename", "surname"),
                row.optionalDate("date_of_birth"),
                null,
                row.get("postcode") == null ? null : new Address(null, row.get("postcode"), null));
        return new CanonicalEvent(
                new Source(yot, Sector.YOUTH_JUSTICE, "yot-file", String.join("/", caseId, outcome, date.toString())),
                EventType.YOUTH_JUSTICE_OUTCOME,
                UkTime.startOfDay(date),
                List.of(child),
                "Youth justice outcome: " + outcome,
                Sensitivity.STANDARD,
                Map.of("outcome", outcome, "offenceCategory", Identifiers.code(row.required("offence_category"))),
                null);
    }
}
