package org.thinkfamily.hub.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thinkfamily.hub.identity.matching.MatchCandidates;

/** The pairs of people a manager should decide on: maybe one person, registered as two until decided. */
@RestController
@RequestMapping("/api/v1/identity/review")
@Tag(name = "Identity review", description = "Possible matches waiting for a manager")
class IdentityReviewController {

    private final PersonLinking linking;

    IdentityReviewController(PersonLinking linking) {
        this.linking = linking;
    }

    /** @param personId the person the pair's records are read as after the decision (the one linked into, on confirm) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Decided(String pairId, ReviewStatus status, String personId) {}

    record Pair(String pairId, List<String> personIds, double score, String evidence) {}

    record Pairs(List<Pair> pairs) {}

    @GetMapping
    @Operation(summary = "Open pairs, highest score first, with the per-field evidence")
    Pairs open() {
        return new Pairs(linking.openPairs().stream()
                .map(p -> new Pair(
                        p.pairId(),
                        List.of(p.personId(), p.candidatePersonId()),
                        p.score(),
                        MatchCandidates.describe(p.evidence())))
                .toList());
    }

    @PostMapping("/{pairId}/confirm")
    @Operation(
            summary =
                    "The pair are one person: the provisional person is linked into the candidate (409 if decided already "
                            + "or they hold different values of a strong identifier)")
    Decided confirm(@PathVariable String pairId, Authentication manager) {
        return new Decided(pairId, ReviewStatus.CONFIRMED, linking.confirm(pairId, manager.getName()));
    }

    @PostMapping("/{pairId}/reject")
    @Operation(summary = "The pair are two people (409 if decided already)")
    Decided reject(@PathVariable String pairId, Authentication manager) {
        linking.reject(pairId, manager.getName());
        return new Decided(pairId, ReviewStatus.REJECTED, null);
    }
}
