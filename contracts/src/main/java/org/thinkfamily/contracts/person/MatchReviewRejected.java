package org.thinkfamily.contracts.person;

import org.axonframework.serialization.Revision;

/** The queued pair are two people, as a manager decided; they are not offered for review again. */
@Revision("1")
public record MatchReviewRejected(String personId, String candidatePersonId, String pairId) {}
