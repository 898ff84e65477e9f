package org.thinkfamily.hub.problem;

/**
 * A rule said no: a pair decided already, a family merged away, a person linked already. The web layer
 * answers 409. The reason is shown to the caller as it is, so it names ids and states, never personal data.
 * An {@link IllegalStateException}: the record's present state is what refuses.
 */
public class Refused extends IllegalStateException {

    public Refused(String reason) {
        super(reason);
    }
}
