package org.thinkfamily.hub.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.thinkfamily.contracts.published.canonical.Sector;

/**
 * A bearer token from the authority's identity provider, read as the hub's authorities: {@code preferred_username}
 * is the user; {@code roles} the roles; {@code agency} the agency code the person or system belongs to (a system is
 * bound to it); {@code sectors} what an agency system may push; {@code clearances} what restricted records it may
 * read. A token that names no user, or an agency system without its agency and sectors, is refused: a system must
 * never push as any agency. Unknown roles, sectors and clearances grant nothing.
 */
final class TokenClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String USER = "preferred_username";
    static final String ROLES = "roles";
    static final String AGENCY = "agency";
    static final String SECTORS = "sectors";
    static final String CLEARANCES = "clearances";

    /** The identity provider's role names, and the hub's. */
    private static final Map<String, String> ROLE_NAMES = Map.of(
            "LEAD_PROFESSIONAL", Roles.LEAD,
            "PRACTITIONER", Roles.PRACTITIONER,
            "MANAGER", Roles.MANAGER,
            "AUDITOR", Roles.AUDITOR,
            "AGENCY_SYSTEM", Roles.AGENCY);

    private static final Map<String, String> CLEARANCE_NAMES = Map.of("RESTRICTED", Roles.RESTRICTED_READER);

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String user = token.getClaimAsString(USER);
        if (user == null || user.isBlank() || user.length() > 100) {
            throw new InvalidBearerTokenException("the token names no user (" + USER + ")");
        }
        List<String> roles = listOf(token, ROLES);
        String agency = token.getClaimAsString(AGENCY);
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        roles.stream()
                .map(ROLE_NAMES::get)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        listOf(token, CLEARANCES).stream()
                .map(CLEARANCE_NAMES::get)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        if (agency != null && !agency.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(AgencyAccounts.authorityOf(agency)));
        }
        if (roles.contains("AGENCY_SYSTEM")) {
            List<Sector> sectors = listOf(token, SECTORS).stream()
                    .filter(s -> java.util.Arrays.stream(Sector.values())
                            .anyMatch(known -> known.name().equals(s)))
                    .map(Sector::valueOf)
                    .distinct()
                    .toList();
            if (agency == null || agency.isBlank() || sectors.isEmpty()) {
                throw new InvalidBearerTokenException(
                        "an agency system's token names its agency (" + AGENCY + ") and its sectors (" + SECTORS + ")");
            }
            sectors.forEach(sector -> authorities.add(new SimpleGrantedAuthority(AgencyAccounts.authorityOf(sector))));
        }
        return new JwtAuthenticationToken(token, authorities, user);
    }

    private static List<String> listOf(Jwt token, String claim) {
        Object value = token.getClaims().get(claim);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
