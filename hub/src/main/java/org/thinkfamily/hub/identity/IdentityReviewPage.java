package org.thinkfamily.hub.identity;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinkfamily.hub.problem.NotFound;
import org.thinkfamily.hub.problem.Refused;

/**
 * The review queue as a web page for managers: each open pair side by side with the evidence that queued
 * it, decided by a form post (CSRF-protected, the web chain's default). Showing the two people is a read
 * of their families, recorded as the API records it.
 */
@Controller
@RequestMapping("/identity/review")
class IdentityReviewPage {

    static final String PURPOSE = "identity review";

    private final PersonLinking linking;
    private final PersonReads reads;

    IdentityReviewPage(PersonLinking linking, PersonReads reads) {
        this.linking = linking;
        this.reads = reads;
    }

    /** @param people the two, or only their ids (a null panel) should one no longer be found */
    record PairView(
            String pairId,
            double score,
            List<String> personIds,
            List<PersonPanel> people,
            List<PersonPanel.EvidenceRow> evidence) {}

    @GetMapping
    String queue(Authentication manager, Model model) {
        model.addAttribute(
                "pairs",
                linking.openPairs().stream().map(pair -> view(pair, manager)).toList());
        return "identity/review";
    }

    @PostMapping("/{pairId}/confirm")
    String confirm(@PathVariable String pairId, Authentication manager, RedirectAttributes flash) {
        return decide(flash, () -> flash.addFlashAttribute("linked", linking.confirm(pairId, manager.getName())));
    }

    @PostMapping("/{pairId}/reject")
    String reject(@PathVariable String pairId, Authentication manager, RedirectAttributes flash) {
        return decide(flash, () -> {
            linking.reject(pairId, manager.getName());
            flash.addFlashAttribute(
                    "rejected",
                    linking.pair(pairId)
                            .map(p -> List.of(p.personId(), p.candidatePersonId()))
                            .orElse(List.of()));
        });
    }

    /** Refusals (decided already, no such pair, conflicting identifiers) come back as the error summary; they name ids only. */
    private static String decide(RedirectAttributes flash, Runnable decision) {
        try {
            decision.run();
        } catch (NotFound | Refused refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/identity/review";
    }

    private PairView view(PersonLinking.Pair pair, Authentication manager) {
        List<String> ids = List.of(pair.candidatePersonId(), pair.personId());
        List<PersonPanel> people = ids.stream()
                .map(id -> reads.show(id, manager, "READ_PERSON", PURPOSE).map(PersonPanel::of))
                .map(panel -> panel.orElse(null))
                .toList();
        return new PairView(pair.pairId(), pair.score(), ids, people, PersonPanel.evidence(pair.evidence()));
    }
}
