package org.thinkfamily.connectors.nhs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Subject;

/**
 * Only observations that matter for safeguarding: social history, or a code the authority lists in
 * {@code thinkfamily.connectors.fhir.safeguarding-observation-codes}. Others (a weight, a blood test)
 * are refused with that reason, never taken silently.
 */
final class ObservationMapper implements ResourceMapper<Observation> {

    private final FhirBundle bundle;
    private final Set<String> safeguardingCodes;

    ObservationMapper(FhirBundle bundle, Set<String> safeguardingCodes) {
        this.bundle = bundle;
        this.safeguardingCodes = safeguardingCodes;
    }

    @Override
    public Class<Observation> type() {
        return Observation.class;
    }

    @Override
    public CanonicalEvent map(Observation observation, String messageId, Set<Integer> covers) {
        boolean socialHistory = observation.getCategory().stream()
                .flatMap(c -> c.getCoding().stream())
                .anyMatch(c -> "social-history".equals(c.getCode()));
        Coding coding = observation.getCode().getCodingFirstRep();
        String code = coding.hasCode() ? coding.getCode() : null;
        if (!socialHistory && (code == null || !safeguardingCodes.contains(code))) {
            throw new RecordProblem(
                    "code",
                    "is not an observation that matters for safeguarding: the hub takes social history "
                            + "and the codes listed in thinkfamily.connectors.fhir.safeguarding-observation-codes");
        }
        Instant at = observation.hasEffectiveDateTimeType()
                ? observation.getEffectiveDateTimeType().getValue().toInstant()
                : observation.hasIssued() ? observation.getIssued().toInstant() : bundle.time();
        Subject subject = bundle.subjectOf(observation.getSubject(), "subject", at, covers);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code != null ? code : "social-history");
        String display = coding.hasDisplay()
                ? coding.getDisplay()
                : observation.getCode().getText();
        if (display != null && !display.isBlank()) {
            details.put("display", display);
        }
        String value = observation.hasValueStringType()
                ? observation.getValueStringType().getValue()
                : observation.hasValueCodeableConcept()
                        ? observation.getValueCodeableConcept().getText()
                        : null;
        if (value != null && !value.isBlank()) {
            details.put("value", value);
        }
        return new CanonicalEvent(
                bundle.source(messageId),
                EventType.HEALTH_OBSERVATION_RECORDED,
                at,
                List.of(subject),
                "Observation recorded" + (display == null ? "" : ": " + display),
                Sensitivity.RESTRICTED,
                details,
                null);
    }
}
