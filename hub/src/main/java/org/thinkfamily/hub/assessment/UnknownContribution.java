package org.thinkfamily.hub.assessment;

/** A contribution, goal or next step the assessment does not have (404); the message holds ids only. */
class UnknownContribution extends RuntimeException {

    UnknownContribution(String message) {
        super(message);
    }
}
