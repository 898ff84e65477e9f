package org.thinkfamily.hub.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A manager's link, unlink or review decision that cannot be made (409), with the reason. Names ids only. */
class LinkRefusedException extends ResponseStatusException {

    LinkRefusedException(String reason) {
        super(HttpStatus.CONFLICT, reason);
    }
}
