package org.thinkfamily.hub.web;

import java.time.ZoneId;

/** The hub's people work in UK time: pages show instants, and "today" is judged, in Europe/London with summer time. */
public final class UkTime {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private UkTime() {}
}
