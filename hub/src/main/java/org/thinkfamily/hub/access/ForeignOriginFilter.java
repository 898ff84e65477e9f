package org.thinkfamily.hub.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thinkfamily.hub.http.ProblemResponses;

/**
 * The API takes HTTP Basic without CSRF tokens (its clients are machines, which send no Origin). A browser
 * that holds Basic credentials for the hub could still be made to post from another site, and says so in
 * its Origin header: a state-changing request whose Origin is neither the hub's configured base URL nor
 * the host it was sent to is refused (403).
 */
class ForeignOriginFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final String baseOrigin;

    ForeignOriginFilter(String baseUrl) {
        this.baseOrigin = baseUrl == null || baseUrl.isBlank() ? null : originOf(baseUrl);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !SAFE.contains(request.getMethod()) && !allowed(origin, request)) {
            ProblemResponses.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "requests that change data are not taken from another site's pages");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean allowed(String origin, HttpServletRequest request) {
        String sent = originOf(origin);
        if (sent == null) {
            return false;
        }
        if (sent.equals(baseOrigin)) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && sent.equals(originOf(request.getScheme() + "://" + host));
    }

    /** scheme://host:port, lower case with the port spelled out; null when it is not a URL. */
    static String originOf(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }
}
