package org.thinkfamily.hub.frontdoor;

import static org.thinkfamily.hub.web.UkTime.UK;

import java.time.ZonedDateTime;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinkfamily.contracts.frontdoor.ContactOutcome;
import org.thinkfamily.hub.problem.Refused;

/**
 * The front-door queue for managers: each contact waiting for a decision, who it came from, why, whether
 * it is a repeat about the family; decided from the page (advice, early help at tier 2 or 3, or a social
 * care referral, with the reason), as the API decides it.
 */
@Controller
class ContactsPage {

    static final int PAGE_SIZE = 25;
    /** The outcomes in plain words, in the order a manager weighs them. */
    static final Map<ContactOutcome, String> OUTCOMES = new java.util.LinkedHashMap<>();

    static {
        OUTCOMES.put(ContactOutcome.ADVICE, "Advice and information");
        OUTCOMES.put(ContactOutcome.EARLY_HELP_TIER_2, "Early help at tier 2 (one agency leading)");
        OUTCOMES.put(ContactOutcome.EARLY_HELP_TIER_3, "Early help at tier 3 (several agencies)");
        OUTCOMES.put(ContactOutcome.SOCIAL_CARE_REFERRAL, "Referral to children's social care");
    }

    private final ContactReads reads;
    private final FrontDoor frontDoor;

    ContactsPage(ContactReads reads, FrontDoor frontDoor) {
        this.reads = reads;
        this.frontDoor = frontDoor;
    }

    record Row(
            String contactId,
            String reference,
            ZonedDateTime receivedAt,
            String from,
            String reason,
            String familyId,
            boolean repeat,
            boolean decided,
            String decision,
            String decisionReason) {}

    record Option(String value, String label) {}

    @GetMapping("/contacts")
    String queue(
            @RequestParam(defaultValue = ContactQueue.AWAITING_DECISION) String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String shown = ContactQueue.DECIDED.equals(status) ? ContactQueue.DECIDED : ContactQueue.AWAITING_DECISION;
        model.addAttribute("status", shown);
        model.addAttribute(
                "contacts",
                reads.list(shown, Math.max(0, page), PAGE_SIZE).stream()
                        .map(ContactsPage::row)
                        .toList());
        model.addAttribute(
                "outcomes",
                OUTCOMES.entrySet().stream()
                        .map(e -> new Option(e.getKey().name(), e.getValue()))
                        .toList());
        return "frontdoor/contacts";
    }

    @PostMapping("/contacts/{contactId}/decision")
    String decide(
            @PathVariable String contactId,
            @RequestParam(required = false) ContactOutcome outcome,
            @RequestParam(required = false) String reason,
            Authentication manager,
            RedirectAttributes redirect) {
        if (outcome == null || reason == null || reason.isBlank()) {
            redirect.addFlashAttribute(
                    "error", outcome == null ? "Choose a decision for the contact." : "Say why you decided this.");
            redirect.addFlashAttribute("errorContact", contactId);
            return "redirect:/contacts#contact-" + contactId;
        }
        try {
            frontDoor.decide(contactId, outcome, reason.strip(), manager.getName());
            redirect.addFlashAttribute("decided", OUTCOMES.get(outcome));
        } catch (Refused | IllegalArgumentException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/contacts";
    }

    private static Row row(ContactReads.ContactView c) {
        String from = "PUBLIC".equals(c.from())
                ? "A member of the public"
                : c.contactedBy() == null || c.contactedBy().isBlank()
                        ? c.from()
                        : c.contactedBy() + " (through " + c.from() + ")";
        return new Row(
                c.contactId(),
                c.reference(),
                c.receivedAt().atZone(UK),
                from,
                c.reason(),
                c.familyId(),
                c.repeat(),
                c.decision() != null,
                c.decision() == null ? null : OUTCOMES.get(c.decision().outcome()),
                c.decision() == null ? null : c.decision().reason());
    }
}
