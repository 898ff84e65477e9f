package org.thinkfamily.hub.access;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page in the GOV.UK style: the authority's identity provider first when one is configured, and the form
 * for accounts the hub holds, whose post Spring Security checks at {@code /login}.
 */
@Controller
class LoginPage {

    /** A way to sign in through an identity provider: its name, and where to start. */
    record Provider(String name, String path) {}

    private final List<Provider> providers = new ArrayList<>();

    LoginPage(ObjectProvider<ClientRegistrationRepository> registrations) {
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(
                        new Provider(client.getClientName(), "/oauth2/authorization/" + client.getRegistrationId()));
            }
        }
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers);
        return "login";
    }
}
