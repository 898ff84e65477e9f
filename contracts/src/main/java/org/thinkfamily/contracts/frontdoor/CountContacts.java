package org.thinkfamily.contracts.frontdoor;

import java.time.Instant;

/** Query: the contacts about a family in the 12 months up to {@code asAt} (now when null), as a {@link ContactCount}. */
public record CountContacts(String familyId, Instant asAt) {}
