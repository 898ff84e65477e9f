package org.thinkfamily.hub.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The one place that puts the signed-in user on every page: the page frame ({@code layout.html}) shows their
 * name and the sign-out button, and pages ask it what the user's role lets them see. No page controller adds it.
 */
@ControllerAdvice(annotations = Controller.class)
class PageFrame {

    @ModelAttribute("user")
    SignedInUser user(Authentication user) {
        return SignedInUser.of(user);
    }
}
