package org.thinkfamily.replay;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.thinkfamily.hub.access.Roles;
import picocli.CommandLine.Option;

/** The auditor a tool reads as, so the access log names them: who, and whether they are cleared for RESTRICTED. */
final class AuditorOptions {

    @Option(
            names = "--user",
            paramLabel = "<user>",
            description = "the auditor reading, as the access log names them (default: this login, ${DEFAULT-VALUE})",
            defaultValue = "${sys:user.name}")
    String user;

    @Option(
            names = "--restricted",
            description = "the auditor is cleared to read records an agency marked RESTRICTED (otherwise their"
                    + " content is left out)")
    boolean restricted;

    Authentication auditor() {
        List<GrantedAuthority> roles = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_" + Roles.AUDITOR)));
        if (restricted) {
            roles.add(new SimpleGrantedAuthority("ROLE_" + Roles.RESTRICTED_READER));
        }
        return new UsernamePasswordAuthenticationToken(user, null, roles);
    }
}
