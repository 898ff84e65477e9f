package org.thinkfamily.contracts.assessment;

import org.axonframework.serialization.Revision;

/** A new version of a contribution's text: the earlier versions stay in the history. */
@Revision("1")
public record ContributionCorrected(
        String assessmentId, ContributionKind kind, String contributionId, String text, String author, String agency) {}
