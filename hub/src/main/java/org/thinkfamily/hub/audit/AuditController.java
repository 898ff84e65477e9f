package org.thinkfamily.hub.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thinkfamily.contracts.audit.AccessLogEntry;
import org.thinkfamily.contracts.audit.AccessRelationship;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who read what, when and why (auditors)")
class AuditController {

    private final AccessLogSearch accessLog;

    AuditController(AccessLogSearch accessLog) {
        this.accessLog = accessLog;
    }

    record AccessLogResponse(List<AccessLogEntry> entries) {}

    @GetMapping("/access")
    @Operation(
            summary = "The access log: every read and change of a family by a person, and every refusal, oldest first;"
                    + " by family, person (the families they are or were a member of), user and period")
    AccessLogResponse access(
            @RequestParam(required = false) String familyId,
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "1000") int limit) {
        return new AccessLogResponse(accessLog.find(familyId, personId, user, null, from, to, limit));
    }

    @GetMapping("/break-glass")
    @Operation(
            summary =
                    "Families opened without a relationship, with the reason stated, oldest first (managers, auditors)")
    AccessLogResponse breakGlass(
            @RequestParam(required = false) String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "1000") int limit) {
        return new AccessLogResponse(
                accessLog.find(familyId, null, null, AccessRelationship.BREAK_GLASS, from, to, limit));
    }
}
