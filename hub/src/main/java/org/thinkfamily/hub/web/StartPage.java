package org.thinkfamily.hub.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thinkfamily.hub.access.Roles;

/** Where people land after signing in: who they are and what they can do here. */
@Controller
class StartPage {

    @GetMapping("/")
    String start(Authentication user, Model model) {
        model.addAttribute("manager", has(user, Roles.MANAGER));
        model.addAttribute("auditor", has(user, Roles.AUDITOR));
        model.addAttribute("worksWithFamilies", has(user, Roles.LEAD) || has(user, Roles.PRACTITIONER)
                || has(user, Roles.MANAGER) || has(user, Roles.AUDITOR));
        return "start";
    }

    private static boolean has(Authentication user, String role) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals);
    }
}
