package org.thinkfamily.hub.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thinkfamily.hub.http.ProblemResponses;

/**
 * The stated purpose of a read, or the reason for opening a family's record without a relationship (break-glass), is
 * kept with it in the access log, which holds up to {@value #MAX_LENGTH} characters. A longer one is refused at the edge (400), before anything is read,
 * so a read is never served that the log cannot record.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessPurposeLimit extends OncePerRequestFilter {

    static final String HEADER = "X-Access-Purpose";
    static final String BREAK_GLASS_HEADER = "X-Break-Glass";
    static final int MAX_LENGTH = 500;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String header : new String[] {HEADER, BREAK_GLASS_HEADER}) {
            String stated = request.getHeader(header);
            if (stated != null && stated.length() > MAX_LENGTH) {
                ProblemResponses.write(
                        response, HttpStatus.BAD_REQUEST, header + " holds at most " + MAX_LENGTH + " characters");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
