package org.thinkfamily.hub.frontdoor;

import static org.thinkfamily.hub.web.UkTime.UK;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thinkfamily.contracts.frontdoor.ContactIds;

/**
 * The public's way in: a GOV.UK form anyone may fill without signing in, CSRF-protected like every form,
 * limited per client address. A request becomes a contact from PUBLIC awaiting a decision; what was typed
 * stays in the contact and never reaches a log. A post with the trap field filled (a bot) gets the same
 * answer, with a reference that leads nowhere, and makes no contact.
 */
@Controller
@RequestMapping("/request-help")
class RequestHelpPage {

    private static final Logger log = LoggerFactory.getLogger(RequestHelpPage.class);
    private final FrontDoor frontDoor;
    private final PublicRequestLimit limit;
    private final Clock clock;

    RequestHelpPage(FrontDoor frontDoor, PublicRequestLimit limit, Clock clock) {
        this.frontDoor = frontDoor;
        this.limit = limit;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        return show(model, HelpRequestForm.empty(), Map.of());
    }

    @PostMapping
    String send(
            @RequestParam Map<String, String> posted,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!limit.take(request.getRemoteAddr())) {
            log.info("request for help refused: too many from one address");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(limit.retryAfterSeconds()));
            return "frontdoor/request-help-too-many";
        }
        HelpRequestForm form = HelpRequestForm.of(posted);
        Map<String, String> errors = form.errors(LocalDate.now(clock.withZone(UK)));
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, form, errors);
        }
        String contactId;
        if (form.trapFilled()) {
            contactId = ContactIds.random();
            log.info("request for help with the trap field filled (a bot): no contact made");
        } else {
            contactId = frontDoor.receiveFromPublic(form.toRequest(), form.worry());
            log.info("request for help received: contact={}", contactId);
        }
        model.addAttribute("reference", ContactIds.reference(contactId));
        return "frontdoor/request-help-sent";
    }

    private static String show(Model model, HelpRequestForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "frontdoor/request-help";
    }
}
