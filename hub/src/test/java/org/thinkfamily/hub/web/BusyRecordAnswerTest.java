package org.thinkfamily.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A change that gave up waiting for a family or person another request held is answered "try again" (503), not as
 * an incident: nothing was changed, and the same request a moment later goes through.
 */
class BusyRecordAnswerTest {

    private final ProblemHandler problems = new ProblemHandler();

    @Test
    void a_lock_given_up_is_answered_503_with_a_moment_to_wait() {
        var answer = problems.busy(new LockAcquisitionFailedException("Failed to acquire lock for identifier(f1)"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(answer.getBody().getDetail()).contains("try again").doesNotContain("f1", "incident");
    }

    @Test
    void wrapped_on_its_way_back_from_the_command_bus_it_is_answered_the_same() {
        ProblemDetail answer = problems.wrapped(new CommandExecutionException(
                "command failed", new LockAcquisitionFailedException("Failed to acquire lock for identifier(f1)")));

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getDetail()).doesNotContain("incident");
    }
}
