package org.thinkfamily.hub.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.thinkfamily.hub.http.RequestBodyLimit;
import org.thinkfamily.hub.privacy.SafeErrors;
import org.thinkfamily.hub.problem.NotFound;
import org.thinkfamily.hub.problem.Refused;

/**
 * Errors as RFC 9457 problem documents. Spring's own handler covers malformed bodies, missing
 * parameters and a controller's {@code ResponseStatusException}; what is ours is added here: the services' and
 * aggregates' {@link NotFound} (404) and {@link Refused} (409), the one place they become HTTP. First in order, so
 * that the pages' advice ({@link PageProblems}), which would match API controllers too, never answers the API.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** Says where the JSON broke, never quoting it: the body may hold personal data. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyLimit.BodyTooLarge tooLarge) {
                ProblemDetail problem =
                        ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
                return handleExceptionInternal(e, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
            }
        }
        String where = e.getCause() instanceof JsonProcessingException json && json.getLocation() != null
                ? " at line " + json.getLocation().getLineNr() + ", column "
                        + json.getLocation().getColumnNr()
                : "";
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the body is not valid JSON" + where);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such record: " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A rule said no (a person linked already, a family merged already): the reason names ids only. */
    @ExceptionHandler(Refused.class)
    ProblemDetail refused(Refused e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /**
     * A command handler's refusal, wrapped on its way back (a command bus that is not local, a future joined): answered
     * as the refusal itself would be; anything else inside stays an incident.
     */
    @ExceptionHandler({CommandExecutionException.class, CompletionException.class, ExecutionException.class})
    ProblemDetail wrapped(Exception e) {
        Throwable cause = domainCause(e);
        if (cause instanceof NotFound notFound) {
            return notFound(notFound);
        }
        if (cause instanceof Refused refused) {
            return refused(refused);
        }
        if (cause instanceof AggregateNotFoundException missing) {
            return notFound(missing);
        }
        if (cause instanceof LockAcquisitionFailedException busy) {
            return busy(busy).getBody();
        }
        return unexpected(e);
    }

    /** The first of the domain's own answers in the chain, or the exception itself. */
    private static Throwable domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NotFound
                    || t instanceof Refused
                    || t instanceof AggregateNotFoundException
                    || t instanceof LockAcquisitionFailedException) {
                return t;
            }
        }
        return e;
    }

    /**
     * Another request held the family or person this one changes for longer than a command waits
     * (messaging.AggregateLocking): nothing was changed, and the same request a moment later goes through.
     */
    @ExceptionHandler(LockAcquisitionFailedException.class)
    ResponseEntity<ProblemDetail> busy(LockAcquisitionFailedException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "another change to the same record was in progress; nothing was changed, try again"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** Anything unforeseen: logged by type and place only, answered with an incident id to quote. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("request failed, incident {}: {}", incident, SafeErrors.describe(e));
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "the hub could not complete this request; quote incident " + incident);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
