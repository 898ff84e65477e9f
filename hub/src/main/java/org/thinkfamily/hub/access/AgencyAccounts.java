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

    static String authorityOf(Sector sector) {
        return SECTOR_PREFIX + sector.name();
    }
}
