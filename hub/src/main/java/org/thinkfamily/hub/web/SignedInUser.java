package org.thinkfamily.hub.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.access.Roles;

/**
 * Who is signed in, as the pages show them.
 *
 * @param name              the user's sign-in name
 * @param role              their role in words, the one that decides what they see here; null for a role without pages
 * @param manager           an early help manager: decides identity matches, contacts, records the hub could not take
 * @param seesAllFamilies   a manager or an auditor: every family, not only those they work with
 * @param worksWithFamilies any role that has families to look at
 */
record SignedInUser(String name, String role, boolean manager, boolean seesAllFamilies, boolean worksWithFamilies) {

    /** Null when nobody is signed in (the sign-in page, the public's request for help). */
    static SignedInUser of(Authentication user) {
        if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
            return null;
        }
        Set<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        boolean manager = roles.contains("ROLE_" + Roles.MANAGER);
        boolean auditor = roles.contains("ROLE_" + Roles.AUDITOR);
        boolean lead = roles.contains("ROLE_" + Roles.LEAD);
        boolean practitioner = roles.contains("ROLE_" + Roles.PRACTITIONER);
        String role = manager
                ? "Early help manager"
                : auditor ? "Auditor" : lead ? "Lead professional" : practitioner ? "Practitioner" : null;
        return new SignedInUser(
                user.getName(),
                role,
                manager,
                FamilyReadGuard.seesAllFamilies(user),
                manager || auditor || lead || practitioner);
    }
}
