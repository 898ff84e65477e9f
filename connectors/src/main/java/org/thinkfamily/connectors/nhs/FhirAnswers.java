package org.thinkfamily.connectors.nhs;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.thinkfamily.contracts.published.canonical.FieldError;
import org.thinkfamily.contracts.published.ingest.IngestResult;
import org.thinkfamily.contracts.published.ingest.IngestStatus;

/**
 * What the FHIR door answers: a {@code transaction-response} or {@code batch-response} Bundle with one answer per
 * request entry, an OperationOutcome naming each problem, and parser complaints made safe to send back.
 */
final class FhirAnswers {

    private FhirAnswers() {}

    static Bundle response(
            Bundle request,
            List<FhirMapping.Entry> entries,
            List<IngestResult> results,
            List<OperationOutcome> outcomes) {
        Bundle response = new Bundle();
        response.setType(
                request.getType() == Bundle.BundleType.TRANSACTION
                        ? Bundle.BundleType.TRANSACTIONRESPONSE
                        : Bundle.BundleType.BATCHRESPONSE);
        for (int i = 0; i < request.getEntry().size(); i++) {
            Bundle.BundleEntryResponseComponent answer = response.addEntry().getResponse();
            int index = i;
            int mapped = -1;
            for (int k = 0; k < entries.size(); k++) {
                if (entries.get(k).covers().contains(index)) {
                    mapped = k;
                    break;
                }
            }
            // an entry with records of its own (a Patient's contacts) answers for them: the first refused, else the
            // first recorded, else the first duplicate
            int own = -1;
            for (int k = 0; k < entries.size(); k++) {
                if (entries.get(k).index() == index && (own < 0 || rank(results.get(k)) < rank(results.get(own)))) {
                    own = k;
                }
            }
            mapped = own >= 0 ? own : mapped;
            if (mapped < 0) {
                answer.setStatus("200 OK");
                continue;
            }
            IngestResult result = results.get(mapped);
            answer.setStatus(
                    switch (result.status()) {
                        case ACCEPTED -> "201 Created";
                        case DUPLICATE -> "200 OK";
                        case REJECTED -> "422 Unprocessable Entity";
                    });
            if (result.status() != IngestStatus.REJECTED) {
                answer.setLocation("AgencyEvent/" + result.eventId());
            } else {
                answer.setOutcome(outcomes.get(mapped));
            }
        }
        return response;
    }

    private static int rank(IngestResult result) {
        return switch (result.status()) {
            case REJECTED -> 0;
            case ACCEPTED -> 1;
            case DUPLICATE -> 2;
        };
    }

    /** A parser's complaint, without long digit runs (an NHS number quoted back) and kept short. */
    static String safe(String message) {
        if (message == null) {
            return "unreadable";
        }
        String cleaned = message.replaceAll("\\d{6,}", "…").replaceAll("\\s+", " ");
        return cleaned.length() > 300 ? cleaned.substring(0, 300) + "…" : cleaned;
    }

    static OperationOutcome outcome(List<FieldError> problems) {
        OperationOutcome outcome = new OperationOutcome();
        for (FieldError problem : problems) {
            outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(OperationOutcome.IssueType.INVALID)
                    .setDiagnostics(problem.message())
                    .addExpression(problem.field().isEmpty() ? "Bundle" : problem.field());
        }
        return outcome;
    }

    static OperationOutcome information(List<IngestResult> results) {
        OperationOutcome outcome = new OperationOutcome();
        results.forEach(r -> outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics(r.status() + " " + r.eventId()));
        return outcome;
    }
}
