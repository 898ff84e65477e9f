package org.thinkfamily.hub.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thinkfamily.connectors.police.EncompassMessages;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.hub.access.AgencyAccounts;

/** Agencies' own formats over HTTP, each mapped by its connector to canonical events. */
@RestController
@RequestMapping("/api/v1/connectors")
@Tag(name = "Connectors", description = "Agencies' own formats over HTTP")
class ConnectorController {

    private final EncompassMessages encompass;

    ConnectorController(EncompassMessages encompass) {
        this.encompass = encompass;
    }

    @PostMapping(
            path = "/police/encompass",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Operation Encompass notifications as JSON: one object per child, or an array",
            description = "The CSV layout's columns in camelCase. One result per notification.")
    IngestController.IngestResponse encompass(@RequestBody JsonNode body, Authentication agency) {
        if (!AgencyAccounts.maySendFor(agency, Sector.POLICE)) {
            throw new AccessDeniedException("only police accounts may push Operation Encompass notifications");
        }
        try {
            return new IngestController.IngestResponse(
                    encompass.take(body, agency.getName(), "POST /api/v1/connectors/police/encompass"));
        } catch (IllegalArgumentException notNotifications) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, notNotifications.getMessage());
        }
    }
}
