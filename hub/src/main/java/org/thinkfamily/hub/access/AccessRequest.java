package org.thinkfamily.hub.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What the access log needs of the request being served: a stated break-glass reason, and where it came from. */
final class AccessRequest {

    /** The API's break-glass header: the reason a person with no relationship opens a family's record. */
    static final String BREAK_GLASS_HEADER = "X-Break-Glass";
    /** The same reason stated on a page. */
    static final String BREAK_GLASS_PARAMETER = "breakGlass";

    private AccessRequest() {}

    static Optional<String> breakGlassReason() {
        return current()
                .map(request -> {
                    String header = request.getHeader(BREAK_GLASS_HEADER);
                    return header != null ? header : request.getParameter(BREAK_GLASS_PARAMETER);
                })
                .map(String::strip)
                .filter(reason -> !reason.isEmpty());
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
