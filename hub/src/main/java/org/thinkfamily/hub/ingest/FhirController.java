package org.thinkfamily.hub.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thinkfamily.connectors.nhs.FhirResources;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.hub.access.AgencyAccounts;

/** The FHIR R4 door: Bundles and single resources in JSON or XML, answered in kind. Health accounts only. */
@RestController
@RequestMapping("/fhir/r4")
@Tag(name = "FHIR R4", description = "NHS records as FHIR R4 Bundles or resources")
class FhirController {

    private final FhirResources fhir;

    FhirController(FhirResources fhir) {
        this.fhir = fhir;
    }

    @PostMapping
    @Operation(summary = "A Bundle: transaction (all or nothing), batch, collection or message")
    ResponseEntity<String> bundle(
            @RequestBody String body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            Authentication agency) {
        return answer(body, contentType, null, agency);
    }

    @PostMapping("/{resourceType:Patient|Encounter|Condition|Flag|RelatedPerson|Observation}")
    @Operation(summary = "One resource")
    ResponseEntity<String> resource(
            @PathVariable String resourceType,
            @RequestBody String body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            Authentication agency) {
        return answer(body, contentType, resourceType, agency);
    }

    private ResponseEntity<String> answer(String body, String contentType, String resourceType, Authentication agency) {
        if (!AgencyAccounts.maySendFor(agency, Sector.HEALTH)) {
            throw new AccessDeniedException("only health accounts may push FHIR resources");
        }
        FhirResources.Answer answer = fhir.take(body, contentType, resourceType, agency.getName());
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.parseMediaType(answer.contentType()))
                .body(answer.body());
    }
}
