package org.thinkfamily.hub.identity;

import static org.thinkfamily.hub.web.UkTime.UK;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's page: identifiers, the records read as this person, and every identity decision about them
 * with its score and evidence, so that each link can be explained. Read as the API reads a person.
 */
@Controller
class PersonPage {

    private final PersonReads reads;
    private final PersonLinks links;
    private final MatchHistory matchHistory;

    PersonPage(PersonReads reads, PersonLinks links, MatchHistory matchHistory) {
        this.reads = reads;
        this.links = links;
        this.matchHistory = matchHistory;
    }

    record DecisionRow(
            ZonedDateTime at,
            String recordPersonId,
            String decision,
            Double score,
            String otherPersonId,
            List<PersonPanel.EvidenceRow> evidence) {}

    @GetMapping("/people/{personId}")
    String person(@PathVariable String personId, Authentication user, Model model, HttpServletResponse response) {
        var shown = reads.show(personId, user, "READ_PERSON", null);
        if (shown.isEmpty()) {
            // as the API: someone in no family this user may read is, for them, not found
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("status", HttpStatus.NOT_FOUND.value());
            return "error";
        }
        PersonPanel person = PersonPanel.of(shown.get());
        List<String> records = links.recordsOf(person.personId());
        model.addAttribute("person", person);
        model.addAttribute("records", records);
        model.addAttribute(
                "history",
                matchHistory.of(records).stream().map(PersonPage::row).toList());
        return "identity/person";
    }

    private static DecisionRow row(MatchHistory.Decision d) {
        return new DecisionRow(
                d.at().atZone(UK),
                d.recordPersonId(),
                IdentityLabels.decision(d.decision()),
                d.score(),
                d.otherPersonId(),
                PersonPanel.evidence(d.evidence()));
    }
}
