package org.thinkfamily.replay;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.thinkfamily.hub.access.Roles;
import picocli.CommandLine.Option;

/**
 * The auditor a tool erases as: running the tool against the hub's database is the clearance, and the history and
 * access log name them.
 */
final class ErasingAuditor {

    @Option(
            names = "--user",
            paramLabel = "<user>",
            description = "the auditor erasing, as the history names them (default: this login, ${DEFAULT-VALUE})",
            defaultValue = "${sys:user.name}")
    String user;

    Authentication auditor() {
        return new UsernamePasswordAuthenticationToken(
                user,
                null,
                List.of(
                        new SimpleGrantedAuthority("ROLE_" + Roles.AUDITOR),
                        new SimpleGrantedAuthority("ROLE_" + Roles.ERASER)));
    }
}
