package org.thinkfamily.contracts.audit;

import java.time.Instant;

/** A family's record opened without a relationship: by whom, when, and the reason they stated. */
public record BreakGlassRead(Instant at, String user, String reason) {}
