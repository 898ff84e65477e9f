package org.thinkfamily.hub.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.problem.NotFound;
import org.thinkfamily.hub.problem.Refused;

/**
 * The services' {@link NotFound} and {@link Refused} on a page: the error page with 404 or 409, as a controller's
 * {@code ResponseStatusException} would give. API controllers are answered by {@link ProblemHandler}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    @ExceptionHandler(NotFound.class)
    void notFound(NotFound e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
    }

    private static final Pattern FAMILY_PAGE = Pattern.compile("/families/([0-9a-f-]{36})");

    /**
     * A family page refused to a lead professional or practitioner with no relationship to the family: the page where
     * they may state why they must open it (break-glass). Any other refusal is the error page, as before.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(HttpServletRequest request, HttpServletResponse response, Authentication user)
            throws IOException {
        Matcher family = FAMILY_PAGE.matcher(request.getServletPath());
        if (user != null && family.matches() && FamilyReadGuard.mayBreakGlass(user)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return new ModelAndView("families/break-glass", Map.of("familyId", family.group(1)));
        }
        response.sendError(HttpStatus.FORBIDDEN.value());
        return null;
    }

    @ExceptionHandler(Refused.class)
    void refused(Refused e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONFLICT.value(), e.getMessage());
    }
}
