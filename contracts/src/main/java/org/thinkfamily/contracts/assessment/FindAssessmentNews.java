package org.thinkfamily.contracts.assessment;

import java.time.Instant;

/**
 * What others wrote in the family's shared assessment since a moment (the user's last visit), newest last,
 * answered with {@link AssessmentNews} items: the rest of the team sees a contribution as new.
 */
public record FindAssessmentNews(String familyId, Instant since, String user) {}
