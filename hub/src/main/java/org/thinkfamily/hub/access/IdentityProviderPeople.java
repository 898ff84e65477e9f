package org.thinkfamily.hub.access;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signing in to the pages through the authority's identity provider (OIDC): named by
 * {@code preferred_username}, with the roles, agency and clearances of their ID token (and user info), read as the
 * API reads a bearer token ({@link TokenClaims}). A sign-in that names no user is refused.
 */
final class IdentityProviderPeople implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn;
        try {
            signedIn = provider.loadUser(request);
        } catch (IllegalArgumentException noUserName) {
            // the registration's user-name-attribute is missing from the sign-in (Spring's own check)
            throw refused("the identity provider names no user (" + TokenClaims.USER + ")");
        }
        if (TokenClaims.userOf(signedIn.getClaims()) == null) {
            throw refused("the identity provider names no user (" + TokenClaims.USER + ")");
        }
        try {
            return new DefaultOidcUser(
                    TokenClaims.authoritiesOf(signedIn.getClaims()),
                    signedIn.getIdToken(),
                    signedIn.getUserInfo(),
                    TokenClaims.USER);
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage());
        }
    }

    private static OAuth2AuthenticationException refused(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_token", reason, null), reason);
    }
}
