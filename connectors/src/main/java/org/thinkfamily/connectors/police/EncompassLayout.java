package org.thinkfamily.connectors.police;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.thinkfamily.contracts.published.canonical.SubjectRole;

/**
 * Operation Encompass domestic abuse notifications: one row per child; the rows of one notification
 * (same {@code notification_id}) are one incident, so its children are named together and join one
 * family. Children come without an NHS number: they are matched only as strongly as the hub can today,
 * never merged on a weak match.
 */
public final class EncompassLayout implements RowLayout {

    public static final String CONNECTOR = "police-encompass";

    @Override
    public String connector() {
        return CONNECTOR;
    }

    @Override
    public Sector sector() {
        return Sector.POLICE;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of(
                "notification_id",
                "police_force",
                "police_reference",
                "incident_date",
                "child_forename",
                "child_surname",
                "child_date_of_birth");
    }

    @Override
    public String groupKey(Fields row) {
        return row.get("notification_id");
    }

    @Override
    public CanonicalEvent map(List<? extends Fields> rows, String configuredAgency) {
        Fields first = rows.get(0);
        String notification = first.required("notification_id");
        String force = Identifiers.code(first.required("police_force"))
                .toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-');
        if (force.isEmpty()) {
            throw new RecordProblem("police_force", "must name the force, e.g. West Yorkshire Police");
        }
        LocalDate date = first.requiredDate("incident_date");
        LocalTime time = first.optionalTime("incident_time");
        List<Subject> children = new ArrayList<>();
        List<Map<String, Object>> perChild = new ArrayList<>();
        boolean anyPresent = false;
        for (Fields row : rows) {
            if (!notification.equals(row.get("notification_id"))) {
                throw new RecordProblem("notification_id", "rows of one notification must share it");
            }
            LocalDate birth = row.requiredDate("child_date_of_birth");
            children.add(new Subject(
                    SubjectRole.CHILD, List.of(), row.name("child_forename", "child_surname"), birth, null, null));
            Boolean present = row.optionalYesNo("child_present");
            anyPresent |= Boolean.TRUE.equals(present);
            Map<String, Object> child = new LinkedHashMap<>();
            putIfPresent(child, "educationSettingName", row.get("education_setting_name"));
            putIfPresent(child, "educationSettingUrn", row.get("education_setting_urn"));
            putIfPresent(child, "childPresent", present);
            putIfPresent(child, "whereChildWas", row.get("where_child_was"));
            putIfPresent(child, "welfareCheckMade", row.optionalYesNo("welfare_check_made"));
            putIfPresent(child, "childSpokenTo", row.optionalYesNo("child_spoken_to"));
            putIfPresent(child, "voiceOfChild", row.get("voice_of_child"));
            perChild.add(child);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("policeReference", first.required("police_reference"));
        details.put("childPresent", anyPresent);
        putIfPresent(details, "voiceOfChild", first.get("voice_of_child"));
        putIfPresent(details, "incidentLocation", first.get("incident_location"));
        putIfPresent(details, "otherSafeguardingInformation", first.get("other_safeguarding_information"));
        putIfPresent(details, "notifiedAt", first.get("notified_at"));
        details.put("children", perChild);
        return new CanonicalEvent(
                new Source(force, Sector.POLICE, "operation-encompass", notification),
                EventType.DOMESTIC_ABUSE_INCIDENT,
                time == null ? UkTime.startOfDay(date) : UkTime.instant(date, time),
                children,
                first.get("circumstances_summary") == null
                        ? "Domestic abuse notification (Operation Encompass)"
                        : first.get("circumstances_summary"),
                Sensitivity.STANDARD,
                details,
                null);
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
