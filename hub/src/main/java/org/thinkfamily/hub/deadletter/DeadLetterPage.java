package org.thinkfamily.hub.deadletter;

import static org.thinkfamily.hub.web.UkTime.UK;

import java.time.ZonedDateTime;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Managers' page of what the hub could not take: newest problems first to work on, each replayable once fixed. */
@Controller
class DeadLetterPage {

    static final int PAGE_SIZE = 25;
    private final DeadLetterStore store;
    private final DeadLetterReplay replays;

    DeadLetterPage(DeadLetterStore store, DeadLetterReplay replays) {
        this.store = store;
        this.replays = replays;
    }

    record Row(
            String id,
            ZonedDateTime receivedAt,
            String door,
            String agency,
            String location,
            String reason,
            String payload,
            Long payloadBytes,
            boolean payloadTruncated,
            boolean open) {}

    @GetMapping("/dead-letters")
    String list(
            @RequestParam(defaultValue = "OPEN") DeadLetterStore.Status status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int shown = Math.max(0, page);
        DeadLetterStore.Page found = store.list(null, status, null, shown, PAGE_SIZE);
        model.addAttribute("status", status.name());
        model.addAttribute(
                "letters",
                found.entries().stream()
                        .map(e -> new Row(
                                e.id(),
                                e.receivedAt().atZone(UK),
                                e.door(),
                                e.agency(),
                                e.location(),
                                e.reason(),
                                e.payload(),
                                e.payloadBytes(),
                                e.payloadTruncated(),
                                e.status() == DeadLetterStore.Status.OPEN))
                        .toList());
        model.addAttribute("total", found.total());
        model.addAttribute("page", shown);
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "deadletters/list";
    }

    @PostMapping("/dead-letters/{id}/replay")
    String replay(@PathVariable String id, Authentication user, RedirectAttributes redirect) {
        store.find(id)
                .ifPresentOrElse(
                        entry -> {
                            DeadLetterReplay.Outcome outcome = replays.replay(entry, user.getName());
                            if (outcome.kind() == DeadLetterReplay.Kind.REPLAYED) {
                                redirect.addFlashAttribute("replayed", id);
                            } else {
                                redirect.addFlashAttribute("error", outcome.message());
                            }
                        },
                        () -> redirect.addFlashAttribute("error", "There is no dead letter " + id + "."));
        return "redirect:/dead-letters";
    }
}
