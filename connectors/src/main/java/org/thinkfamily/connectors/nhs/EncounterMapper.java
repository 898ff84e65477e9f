package org.thinkfamily.connectors.nhs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Subject;

/** An Encounter: class EMER an emergency attendance, IMP or ACUTE an admission, from when the patient arrived. */
final class EncounterMapper implements ResourceMapper<Encounter> {

    private final FhirBundle bundle;

    EncounterMapper(FhirBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public Class<Encounter> type() {
        return Encounter.class;
    }

    @Override
    public CanonicalEvent map(Encounter encounter, String messageId, Set<Integer> covers) {
        String code = encounter.getClass_().getCode();
        EventType type = switch (code == null ? "" : code.toUpperCase(Locale.ROOT)) {
            case "EMER" -> EventType.EMERGENCY_ATTENDANCE;
            case "IMP", "ACUTE" -> EventType.HOSPITAL_ADMISSION;
            default -> throw new RecordProblem("class", "Encounter.class must be EMER, IMP or ACUTE");
        };
        if (!encounter.getPeriod().hasStart()) {
            throw new RecordProblem("period.start", "is required: when the patient arrived");
        }
        Instant arrived = encounter.getPeriod().getStart().toInstant();
        Patient patient = bundle.patient(encounter.getSubject(), "subject", covers);
        Subject subject = patient == null
                ? bundle.byIdentifier(encounter.getSubject(), "subject")
                : bundle.subject(patient, arrived, "subject.");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(
                "site",
                encounter.getServiceProvider().hasDisplay()
                        ? encounter.getServiceProvider().getDisplay()
                        : encounter.hasLocation()
                                        && encounter
                                                .getLocationFirstRep()
                                                .getLocation()
                                                .hasDisplay()
                                ? encounter.getLocationFirstRep().getLocation().getDisplay()
                                : bundle.agency());
        details.put("arrivedAt", arrived.toString());
        if (encounter.hasReasonCode() && encounter.getReasonCodeFirstRep().hasText()) {
            details.put("reason", encounter.getReasonCodeFirstRep().getText());
        }
        return new CanonicalEvent(
                bundle.source(messageId),
                type,
                arrived,
                List.of(subject),
                type == EventType.EMERGENCY_ATTENDANCE ? "Attended the emergency department" : "Admitted to hospital",
                patient == null ? Sensitivity.STANDARD : FhirBundle.sensitivity(patient),
                details,
                null);
    }
}
