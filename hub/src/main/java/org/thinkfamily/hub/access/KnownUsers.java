package org.thinkfamily.hub.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who the hub knows as a person it may name as a lead professional or team member: an account it holds
 * (the demo accounts) or anyone who has signed in. A sign-in is written once per user per node.
 */
@Component
public class KnownUsers {

    private final JdbcTemplate jdbc;
    private final List<UserDetailsService> accounts;
    private final Clock clock;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    KnownUsers(JdbcTemplate jdbc, List<UserDetailsService> accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    public boolean isKnown(String user) {
        if (user == null || user.isBlank()) {
            return false;
        }
        if (seen.contains(user)) {
            return true;
        }
        for (UserDetailsService service : accounts) {
            try {
                if (service.loadUserByUsername(user) != null) {
                    return true;
                }
            } catch (UsernameNotFoundException unknown) {
                // not this service's
            }
        }
        Integer found = jdbc.queryForObject("select count(*) from known_user where user_name = ?", Integer.class, user);
        return found != null && found > 0;
    }

    @EventListener
    void on(AuthenticationSuccessEvent signedIn) {
        String user = signedIn.getAuthentication().getName();
        if (user == null || user.length() > 100 || !seen.add(user)) {
            return;
        }
        try {
            jdbc.update(
                    "insert into known_user (user_name, first_seen) select ?, ? where not exists "
                            + "(select 1 from known_user where user_name = ?)",
                    user,
                    Timestamp.from(clock.instant()),
                    user);
        } catch (DuplicateKeyException signedInOnAnotherNodeAtOnce) {
            // known either way
        }
    }
}
