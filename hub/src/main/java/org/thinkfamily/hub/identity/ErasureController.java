package org.thinkfamily.hub.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.web.UkTime;

/** Erasure of a person's personal data, and the retention rule that says whose is due. */
@RestController
@Tag(name = "Auditing", description = "Erasure and retention")
class ErasureController {

    record ErasureRequest(String reason) {}

    private final PersonErasure erasure;
    private final RetentionReview retention;

    ErasureController(PersonErasure erasure, RetentionReview retention) {
        this.erasure = erasure;
        this.retention = retention;
    }

    @GetMapping("/api/v1/audit/retention")
    @Operation(
            summary = "The retention rule's report (auditors): closed families past the retention date after their"
                    + " youngest child's birth, and the people due for erasure; erases nothing")
    RetentionReview.Report retention(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return retention.review(asOf == null ? LocalDate.now(UkTime.UK) : asOf);
    }

    @PostMapping("/api/v1/people/{personId}/erase")
    @Operation(
            summary = "Erase a person's personal data (auditors cleared for ERASURE): their keys are destroyed, so"
                    + " every view, export and replay shows it as erased; the history and its integrity check stay")
    PersonErasure.Erased erase(
            @PathVariable String personId, @RequestBody(required = false) ErasureRequest request, Authentication user) {
        if (!FamilyReadGuard.mayErase(user)) {
            throw new AccessDeniedException("erasure needs the ERASURE clearance");
        }
        String reason = request == null ? null : request.reason();
        if (reason == null || reason.isBlank() || reason.length() > PersonErasure.MAX_REASON) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "state the reason for erasure, in at most " + PersonErasure.MAX_REASON + " characters");
        }
        return erasure.erase(user, personId, reason)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no person " + personId));
    }
}
