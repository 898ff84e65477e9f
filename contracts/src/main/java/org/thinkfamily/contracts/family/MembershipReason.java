package org.thinkfamily.contracts.family;

import java.time.Instant;

/** One reason a person is in a family: the record (agency event) that supports it, or a manager's decision. */
public record MembershipReason(MembershipBasis basis, String sourceEventId, Instant at) {}
