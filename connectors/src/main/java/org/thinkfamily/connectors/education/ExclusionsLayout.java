package org.thinkfamily.connectors.education;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thinkfamily.connectors.support.Fields;
import org.thinkfamily.connectors.support.Identifiers;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.connectors.support.RowLayout;
import org.thinkfamily.connectors.support.UkTime;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.Subject;

/**
 * Suspensions and permanent exclusions, in the DfE's categories: {@code SUSP} (suspension), {@code LNCH}
 * (lunchtime suspension) and {@code PERM}; reasons as DfE reason codes.
 */
final class ExclusionsLayout implements RowLayout {

    static final String CONNECTOR = "education-exclusions";
    /**
     * DfE exclusion reason codes: those of the school census since 2020 and the earlier ones still found
     * in exports. A code outside this list is dead-lettered, never guessed at.
     */
    static final Set<String> REASONS = Set.of(
            "PP", "PA", "VP", "VA", "OW", "BU", "RA", "LG", "DS", "MT", "WP", "SM", "DA", "DM", "TH", "PD", "DB", "OT");

    @Override
    public String connector() {
        return CONNECTOR;
    }

    @Override
    public Sector sector() {
        return Sector.EDUCATION;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of(
                "school_laestab",
                "upn",
                "exclusion_category",
                "exclusion_reason_1",
                "exclusion_start_date",
                "actual_sessions_or_lunchtimes");
    }

    @Override
    public CanonicalEvent map(List<? extends Fields> rows, String configuredAgency) {
        Fields row = rows.get(0);
        String agency = Schools.agency(row);
        Subject pupil = Schools.pupil(row);
        String category = Identifiers.code(row.required("exclusion_category"));
        EventType type = switch (category) {
            case "SUSP", "LNCH" -> EventType.SUSPENSION;
            case "PERM" -> EventType.PERMANENT_EXCLUSION;
            default -> throw new RecordProblem("exclusion_category", "must be SUSP, LNCH or PERM");
        };
        List<String> reasons = new ArrayList<>();
        for (String column : List.of("exclusion_reason_1", "exclusion_reason_2")) {
            String reason = row.get(column);
            if (reason != null) {
                String code = Identifiers.code(reason);
                if (!REASONS.contains(code)) {
                    throw new RecordProblem(column, "is not a DfE exclusion reason code");
                }
                reasons.add(code);
            }
        }
        LocalDate start = row.requiredDate("exclusion_start_date");
        int sessions = row.requiredCount("actual_sessions_or_lunchtimes");
        String messageId = String.join("/", agency, pupil.identifiers().get(0).value(), category, start.toString());
        return new CanonicalEvent(
                new Source(agency, Sector.EDUCATION, "exclusions-file", messageId),
                type,
                UkTime.startOfDay(start),
                List.of(pupil),
                (type == EventType.SUSPENSION ? "Suspension (" + category + "), " : "Permanent exclusion, ")
                        + "reasons " + reasons,
                Sensitivity.STANDARD,
                Map.of("category", category, "reasons", reasons, "startDate", start.toString(), "sessions", sessions),
                null);
    }
}
