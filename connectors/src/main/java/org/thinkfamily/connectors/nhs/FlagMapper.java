package org.thinkfamily.connectors.nhs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Flag;
import org.thinkfamily.connectors.support.Identifiers;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Subject;

/** A Flag: a safeguarding flag, always restricted, its code from {@code code.text} or the first coding. */
final class FlagMapper implements ResourceMapper<Flag> {

    private final FhirBundle bundle;

    FlagMapper(FhirBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public Class<Flag> type() {
        return Flag.class;
    }

    @Override
    public CanonicalEvent map(Flag flag, String messageId, Set<Integer> covers) {
        if (!flag.getPeriod().hasStart()) {
            throw new RecordProblem("period.start", "is required: when the flag was raised");
        }
        Instant start = flag.getPeriod().getStart().toInstant();
        String code = flag.getCode().hasText()
                ? flag.getCode().getText()
                : flag.getCode().getCodingFirstRep().hasCode()
                        ? flag.getCode().getCodingFirstRep().getCode()
                        : null;
        if (code == null) {
            throw new RecordProblem("code", "is required: what the flag says");
        }
        Subject subject = bundle.subjectOf(flag.getSubject(), "subject", start, covers);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("flag", Identifiers.code(code));
        details.put("active", flag.getStatus() == Flag.FlagStatus.ACTIVE);
        details.put(
                "start",
                FhirBundle.date(flag.getPeriod().getStartElement().getValueAsString())
                        .toString());
        if (flag.getPeriod().hasEnd()) {
            details.put(
                    "end",
                    FhirBundle.date(flag.getPeriod().getEndElement().getValueAsString())
                            .toString());
        }
        return new CanonicalEvent(
                bundle.source(messageId),
                EventType.SAFEGUARDING_FLAG,
                start,
                List.of(subject),
                "Safeguarding flag: " + Identifiers.code(code),
                Sensitivity.RESTRICTED,
                details,
                null);
    }
}
