package org.thinkfamily.connectors.benefits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thinkfamily.connectors.support.Fields;
import org.thinkfamily.connectors.support.Identifiers;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.connectors.support.RowLayout;
import org.thinkfamily.connectors.support.UkTime;
import org.thinkfamily.contracts.published.canonical.Address;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

/**
 * Out-of-work benefit starts and ends for adults:
 * {@code nino, forename, surname, date_of_birth, postcode, benefit, event (START/END), event_date, claim_reference}.
 * The message id is the claim, the event and its date, so a re-export of the same facts is a duplicate.
 */
final class BenefitsLayout implements RowLayout {

    static final String CONNECTOR = "benefits";

    @Override
    public String connector() {
        return CONNECTOR;
    }

    @Override
    public Sector sector() {
        return Sector.BENEFITS;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("nino", "benefit", "event", "event_date", "claim_reference");
    }

    @Override
    public CanonicalEvent map(List<? extends Fields> rows, String agency) {
        Fields row = rows.get(0);
        var nino = Identifiers.checked("ni-number", row.required("nino"), "nino");
        String benefit = Identifiers.code(row.required("benefit"));
        EventType type = switch (Identifiers.code(row.required("event"))) {
            case "START" -> EventType.OUT_OF_WORK_BENEFIT_STARTED;
            case "END" -> EventType.OUT_OF_WORK_BENEFIT_ENDED;
            default -> throw new RecordProblem("event", "must be START or END");
        };
        LocalDate date = row.requiredDate("event_date");
        String claim = row.required("claim_reference");
        Subject adult = new Subject(
                SubjectRole.ADULT_IN_HOUSEHOLD,
                List.of(nino),
                row.name("forename", "surname"),
                row.optionalDate("date_of_birth"),
                null,
                row.get("postcode") == null ? null : new Address(null, row.get("postcode"), null));
        return new CanonicalEvent(
                new Source(
                        agency == null ? "dwp" : agency,
                        Sector.BENEFITS,
                        "benefits-file",
                        String.join("/", nino.value(), claim, type.name(), date.toString())),
                type,
                UkTime.startOfDay(date),
                List.of(adult),
                (type == EventType.OUT_OF_WORK_BENEFIT_STARTED
                                ? "Out-of-work benefit started: "
                                : "Out-of-work benefit ended: ")
                        + benefit,
                Sensitivity.STANDARD,
                Map.of("benefit", benefit, "claimReference", claim),
                null);
    }
}
