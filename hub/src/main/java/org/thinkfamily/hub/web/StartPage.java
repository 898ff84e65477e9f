package org.thinkfamily.hub.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where people land after signing in: who they are and what they can do here (the page asks {@link SignedInUser}). */
@Controller
class StartPage {

    @GetMapping("/")
    String start() {
        return "start";
    }
}
