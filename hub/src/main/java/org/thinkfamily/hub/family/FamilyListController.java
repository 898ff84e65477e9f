package org.thinkfamily.hub.family;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

/**
 * "My families": the families the user may see, newest activity first, a page at a time. A lead
 * professional or practitioner sees the families they work with, a manager or auditor all. Each family
 * listed is a recorded read.
 */
@RestController
@RequestMapping("/api/v1/families")
@Tag(name = "Families")
class FamilyListController {

    static final int MAX_PAGE_SIZE = 200;

    private final FamilyViews views;

    FamilyListController(FamilyViews views) {
        this.views = views;
    }

    record ListedMember(String personId, PersonName name, SubjectRole role) {}

    record ListedFamily(
            String familyId,
            List<ListedMember> members,
            Integer tier,
            String leadProfessional,
            int concerns,
            int needsMet,
            Instant lastEventAt) {}

    record Families(List<ListedFamily> families, int page, int size, long total) {}

    @GetMapping
    @Operation(summary = "The families the user may see, newest activity first (?page=0&size=50, at most 200)")
    Families list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestHeader(value = "X-Access-Purpose", required = false) String purpose,
            Authentication user) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "page must be 0 or more and size from 1 to " + MAX_PAGE_SIZE);
        }
        FamilyViews.Listing found = views.list(user, page, size, purpose);
        List<ListedFamily> families =
                found.families().stream().map(FamilyListController::listed).toList();
        return new Families(families, page, size, found.total());
    }

    private static ListedFamily listed(FamilyViews.Listed listed) {
        FamilySummary family = listed.family();
        return new ListedFamily(
                family.familyId(),
                listed.members().stream()
                        .map(m -> new ListedMember(m.personId(), m.name(), m.role()))
                        .toList(),
                family.tierAt(null),
                family.leadProfessional(),
                listed.answers().questions().concerns(),
                listed.answers().needsMet(),
                family.lastActivityAt());
    }
}
