package org.thinkfamily.hub.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thinkfamily.hub.http.ProblemResponses;

/** Refuses a sign-in attempt (HTTP Basic credentials, or the login form's post) while its user or address is throttled. */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = signingInAs(request);
        if (user != null && throttle.blocked(user, request.getRemoteAddr())) {
            response.setHeader("Retry-After", Long.toString(SignInThrottle.WINDOW.toSeconds()));
            ProblemResponses.write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "too many failed sign-ins for this user or from this address; try again in a few minutes");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user name a request signs in with, or null when it is not a sign-in attempt. */
    private static String signingInAs(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return "";
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String user = request.getParameter("username");
            return user == null ? "" : user;
        }
        return null;
    }
}
