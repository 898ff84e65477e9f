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
 * A bearer token (or a person's sign-in, {@link IdentityProviderPeople}) from the authority's identity provider, read
 * as the hub's authorities: {@code preferred_username}
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

    private static final Map<String, String> CLEARANCE_NAMES =
            Map.of("RESTRICTED", Roles.RESTRICTED_READER, "ERASURE", Roles.ERASER);

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String user = userOf(token.getClaims());
        if (user == null) {
            throw new InvalidBearerTokenException("the token names no user (" + USER + ")");
        }
        try {
            return new JwtAuthenticationToken(token, authoritiesOf(token.getClaims()), user);
        } catch (IllegalArgumentException refused) {
            throw new InvalidBearerTokenException(refused.getMessage());
        }
    }

    /** The user a token or a sign-in names, or null when it names none (or one too long to record). */
    static String userOf(Map<String, Object> claims) {
        Object user = claims.get(USER);
        return user == null || user.toString().isBlank() || user.toString().length() > 100 ? null : user.toString();
    }

    /**
     * The hub's authorities for these claims.
     *
     * @throws IllegalArgumentException for an agency system that names no agency or sectors
     */
    static List<GrantedAuthority> authoritiesOf(Map<String, Object> claims) {
        List<String> roles = listOf(claims, ROLES);
        Object agencyClaim = claims.get(AGENCY);
        String agency = agencyClaim == null ? null : agencyClaim.toString();
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.stream()
                .map(ROLE_NAMES::get)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        listOf(claims, CLEARANCES).stream()
                .map(CLEARANCE_NAMES::get)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        if (agency != null && !agency.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(AgencyAccounts.authorityOf(agency)));
        }
        if (roles.contains("AGENCY_SYSTEM")) {
            List<Sector> sectors = listOf(claims, SECTORS).stream()
                    .filter(s -> java.util.Arrays.stream(Sector.values())
                            .anyMatch(known -> known.name().equals(s)))
                    .map(Sector::valueOf)
                    .distinct()
                    .toList();
            if (agency == null || agency.isBlank() || sectors.isEmpty()) {
                throw new IllegalArgumentException(
                        "an agency system's token names its agency (" + AGENCY + ") and its sectors (" + SECTORS + ")");
            }
            sectors.forEach(sector -> authorities.add(new SimpleGrantedAuthority(AgencyAccounts.authorityOf(sector))));
        }
        return authorities;
    }

    private static List<String> listOf(Map<String, Object> claims, String claim) {
        Object value = claims.get(claim);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
