package org.thinkfamily.contracts.assessment;

import java.time.Instant;

/** A contribution (or a new version of one) written by someone else: what kind, by whom, of which agency, when. */
public record AssessmentNews(String kind, String author, String agency, Instant at) {}
