package org.thinkfamily.hub.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    @ExceptionHandler(Refused.class)
    void refused(Refused e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONFLICT.value(), e.getMessage());
    }
}
