package org.thinkfamily.hub.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.thinkfamily.contracts.canonical.Sector;

/** Agency accounts carry one authority per sector they may write: {@code SECTOR_POLICE}, ... */
public final class AgencyAccounts {

    static final String SECTOR_PREFIX = "SECTOR_";

    private AgencyAccounts() {
    }

    public static boolean maySendFor(Authentication account, Sector sector) {
        return account.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch((SECTOR_PREFIX + sector.name())::equals);
    }

    /** The sectors an agency account may write; empty for people. */
    public static java.util.List<Sector> sectorsOf(Authentication account) {
        return account.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(SECTOR_PREFIX)).map(a -> Sector.valueOf(a.substring(SECTOR_PREFIX.length()))).toList();
    }

    static String authorityOf(Sector sector) {
        return SECTOR_PREFIX + sector.name();
    }
}
