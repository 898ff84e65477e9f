package org.thinkfamily.connectors.nhs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Subject;

/** A Condition: a health condition recorded, restricted (health detail), code and display from the first coding. */
final class ConditionMapper implements ResourceMapper<Condition> {

    private final FhirBundle bundle;

    ConditionMapper(FhirBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public Class<Condition> type() {
        return Condition.class;
    }

    @Override
    public CanonicalEvent map(Condition condition, String messageId, Set<Integer> covers) {
        Instant at = condition.hasOnsetDateTimeType()
                ? condition.getOnsetDateTimeType().getValue().toInstant()
                : condition.hasRecordedDate() ? condition.getRecordedDate().toInstant() : bundle.time();
        Coding coding = condition.getCode().getCodingFirstRep();
        String code = coding.hasCode() ? coding.getCode() : condition.getCode().getText();
        if (code == null || code.isBlank()) {
            throw new RecordProblem("code", "is required: which condition");
        }
        Subject subject = bundle.subjectOf(condition.getSubject(), "subject", at, covers);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        String display =
                coding.hasDisplay() ? coding.getDisplay() : condition.getCode().getText();
        if (display != null && !display.isBlank()) {
            details.put("display", display);
        }
        if (condition.getClinicalStatus().getCodingFirstRep().hasCode()) {
            details.put(
                    "clinicalStatus",
                    condition.getClinicalStatus().getCodingFirstRep().getCode());
        }
        return new CanonicalEvent(
                bundle.source(messageId),
                EventType.HEALTH_CONDITION_RECORDED,
                at,
                List.of(subject),
                "Condition recorded" + (display == null ? "" : ": " + display),
                Sensitivity.RESTRICTED,
                details,
                null);
    }
}
