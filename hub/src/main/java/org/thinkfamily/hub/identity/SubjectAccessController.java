package org.thinkfamily.hub.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Find a person by identifier")
class SubjectAccessController {

    private final SubjectAccess subjectAccess;

    SubjectAccessController(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping(value = "/{personId}/export", params = "!format")
    @Operation(
            summary = "Subject access (auditors): everything held about the person as JSON: their records' events,"
                    + " every agency record naming them, their families' events naming them, the shared assessments"
                    + " and who read their families; ?format=html for a readable document")
    SubjectAccess.Export export(
            @PathVariable String personId,
            @RequestHeader(value = "X-Access-Purpose", required = false) String purpose,
            Authentication user) {
        return found(personId, purpose, user);
    }

    @GetMapping(value = "/{personId}/export", params = "format=html")
    ModelAndView exportAsDocument(
            @PathVariable String personId,
            @RequestHeader(value = "X-Access-Purpose", required = false) String purpose,
            Authentication user) {
        return new ModelAndView(SubjectAccess.DOCUMENT, SubjectAccess.documentModel(found(personId, purpose, user)));
    }

    private SubjectAccess.Export found(String personId, String purpose, Authentication user) {
        return subjectAccess
                .export(user, personId, purpose)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no person " + personId));
    }
}
