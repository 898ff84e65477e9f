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

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who read what, when and why (auditors)")
class AuditController {

    private final AccessLog accessLog;

    AuditController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    record AccessLogResponse(List<AccessLog.Entry> entries) {}

    @GetMapping("/access")
    @Operation(summary = "The access log: every read of a family by a person, oldest first")
    AccessLogResponse access(
            @RequestParam(required = false) String familyId,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "1000") int limit) {
        return new AccessLogResponse(accessLog.find(familyId, user, from, to, Math.max(1, Math.min(limit, 10_000))));
    }
}
