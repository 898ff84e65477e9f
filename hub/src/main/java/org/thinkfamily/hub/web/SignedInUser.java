package org.thinkfamily.hub.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The one place that puts the signed-in user on every page (the page frame shows it and the sign-out button). */
@ControllerAdvice(annotations = Controller.class)
class SignedInUser {

    @ModelAttribute("user")
    String user(Authentication user) {
        return user == null ? null : user.getName();
    }
}
