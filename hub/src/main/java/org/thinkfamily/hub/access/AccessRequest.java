package org.thinkfamily.hub.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What the access log needs of the request being served: a stated break-glass reason, and where it came from. */
public final class AccessRequest {

    /** The API's break-glass header: the reason a person with no relationship opens a family's record. */
    static final String BREAK_GLASS_HEADER = "X-Break-Glass";
    /** The session attribute holding a reason stated on a page, per family (never in a URL, where proxies log it). */
    private static final String SESSION_REASON = "break-glass:";

    private AccessRequest() {}

    /** The reason stated for opening this family without a relationship: the API's header, or one stated on a page. */
    static Optional<String> breakGlassReason(String familyId) {
        return current()
                .map(request -> {
                    String header = request.getHeader(BREAK_GLASS_HEADER);
                    if (header != null) {
                        return header;
                    }
                    var session = request.getSession(false);
                    return session == null ? null : (String) session.getAttribute(SESSION_REASON + familyId);
                })
                .map(String::strip)
                .filter(reason -> !reason.isEmpty());
    }

    /** A reason a person stated on a page: it opens the family for the rest of their session. */
    public static void stateOnPage(HttpServletRequest request, String familyId, String reason) {
        request.getSession(true).setAttribute(SESSION_REASON + familyId, reason.strip());
    }

    /** {@code api} (with the identity provider's client id when the token names one), {@code web}, or {@code tool}. */
    static String client(Authentication user) {
        return current()
                .map(request -> {
                    String path = request.getServletPath();
                    if (!path.startsWith("/api/") && !path.startsWith("/fhir/")) {
                        return "web";
                    }
                    String clientId = user instanceof JwtAuthenticationToken token
                            ? token.getToken().getClaimAsString("azp")
                            : null;
                    return clientId == null || clientId.isBlank() ? "api" : "api:" + clientId;
                })
                .orElse("tool");
    }

    private static Optional<HttpServletRequest> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }
}
