package org.thinkfamily.hub.frontdoor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thinkfamily.contracts.frontdoor.ContactOutcome;
import org.thinkfamily.contracts.published.canonical.Subject;

/** The front door's queue (managers): enter a contact, list the contacts, decide one. */
@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Front door", description = "Contacts to the Early Help Gateway and the decisions on them")
class ContactsController {

    private final FrontDoor frontDoor;
    private final ContactReads reads;
    private final FrontDoorProperties properties;

    ContactsController(FrontDoor frontDoor, ContactReads reads, FrontDoorProperties properties) {
        this.frontDoor = frontDoor;
        this.reads = reads;
        this.properties = properties;
    }

    record ContactRequest(
            @NotEmpty @Size(max = 50) List<@NotNull Subject> subjects,
            @NotBlank @Size(max = 4000) String reason,
            @NotBlank @Size(max = 500) String contactedBy,
            Instant receivedAt) {}

    record Received(String contactId, String familyId, boolean repeat) {}

    record Contacts(List<ContactReads.ContactView> contacts, int page, int size) {}

    record DecisionRequest(
            @NotNull ContactOutcome outcome,
            @NotBlank @Size(max = 4000) String reason) {}

    @PostMapping
    @Operation(
            summary = "Enter a contact (managers): its subjects are resolved like any record; answers the family it is "
                    + "about and whether it is a repeat (two or more contacts about the family in 12 months)")
    ResponseEntity<Received> receive(@Valid @RequestBody ContactRequest request, Authentication manager) {
        String contactId = frontDoor.receiveFromManager(
                request.subjects(),
                request.reason().strip(),
                request.contactedBy().strip(),
                request.receivedAt(),
                manager.getName());
        ContactReads.ContactView contact = reads.find(contactId).orElseThrow(() -> FrontDoor.notFound(contactId));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Received(contactId, contact.familyId(), contact.repeat()));
    }

    @GetMapping
    @Operation(
            summary = "The contacts, oldest first, by status AWAITING_DECISION or DECIDED (all without it; managers)")
    Contacts list(
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        if (status != null && !status.equals(ContactQueue.AWAITING_DECISION) && !status.equals(ContactQueue.DECIDED)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status: must be AWAITING_DECISION or DECIDED");
        }
        if (page < 0 || size < 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more and size 1 or more");
        }
        int pageSize = Math.min(size, properties.maxQueuePage());
        return new Contacts(reads.list(status, page, pageSize), page, pageSize);
    }

    @PostMapping("/{contactId}/decision")
    @Operation(
            summary =
                    "Decide a contact, once (managers; 409 once decided): advice, early help at tier 2 or 3 (sets the "
                            + "family's tier), or a referral to social care")
    ContactReads.ContactView decide(
            @PathVariable String contactId, @Valid @RequestBody DecisionRequest request, Authentication manager) {
        frontDoor.decide(contactId, request.outcome(), request.reason().strip(), manager.getName());
        return reads.find(contactId).orElseThrow(() -> FrontDoor.notFound(contactId));
    }

    /** The ingest's refusal, field by field, as for a pushed event. */
    @ExceptionHandler(FrontDoor.ContactRefused.class)
    ProblemDetail refused(FrontDoor.ContactRefused refused) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the contact was refused; see errors");
        problem.setProperty("errors", refused.result.errors());
        return problem;
    }
}
