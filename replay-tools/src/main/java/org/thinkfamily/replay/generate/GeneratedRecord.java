package org.thinkfamily.replay.generate;

import java.util.List;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;

/**
 * One record the synthetic authority's agencies send, with its truth: the family it is about and, subject by
 * subject in the event's order, the true person and what the agency got wrong about them.
 */
public record GeneratedRecord(CanonicalEvent event, Truth truth) {

    /** A line of the truth file. */
    record Truth(String agency, String messageId, String type, String family, List<SubjectTruth> subjects) {}

    /** Who a subject truly is, and the distortions of {@code org.thinkfamily.replay.matching.Distortion} on it. */
    record SubjectTruth(String person, List<String> distortions) {}
}
