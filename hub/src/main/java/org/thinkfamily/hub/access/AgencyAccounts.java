package org.thinkfamily.hub.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.thinkfamily.contracts.published.canonical.Sector;

/**
 * Agency accounts carry one authority per sector they may write: {@code SECTOR_POLICE}, ... A client bound
 * to an agency code, and a practitioner, carries that code: {@code AGENCY_CODE_bradford-school}.
 */
public final class AgencyAccounts {

    static final String SECTOR_PREFIX = "SECTOR_";
    /** A production client carries the one agency code it is bound to: {@code AGENCY_CODE_west-yorkshire-police}. */
    static final String AGENCY_CODE_PREFIX = "AGENCY_CODE_";

    private AgencyAccounts() {}

    public static boolean maySendFor(Authentication account, Sector sector) {
        return account.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch((SECTOR_PREFIX + sector.name())::equals);
    }

    /** A client bound to agency codes sends only under them; the demo accounts are bound to none (any code of their sector). */
    public static boolean maySendAs(Authentication account, String agencyCode) {
        java.util.List<String> bound = account.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(AGENCY_CODE_PREFIX))
                .map(a -> a.substring(AGENCY_CODE_PREFIX.length()))
                .toList();
        return bound.isEmpty() || bound.contains(agencyCode);
    }

    /** The agency a person works for (a practitioner's agency code), or of a bound client; empty when none or several. */
    public static java.util.Optional<String> agencyOf(Authentication account) {
        java.util.List<String> codes = account.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(AGENCY_CODE_PREFIX))
                .map(a -> a.substring(AGENCY_CODE_PREFIX.length()))
                .toList();
        return codes.size() == 1 ? java.util.Optional.of(codes.get(0)) : java.util.Optional.empty();
    }

    static String authorityOf(String agencyCode) {
        return AGENCY_CODE_PREFIX + agencyCode;
    }

    /** The sectors an agency account may write; empty for people. */
    public static java.util.List<Sector> sectorsOf(Authentication account) {
        return account.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(SECTOR_PREFIX))
                .map(a -> Sector.valueOf(a.substring(SECTOR_PREFIX.length())))
                .toList();
    }

    static String authorityOf(Sector sector) {
        return SECTOR_PREFIX + sector.name();
    }
}
