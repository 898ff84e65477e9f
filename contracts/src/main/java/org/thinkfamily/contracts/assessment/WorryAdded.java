package org.thinkfamily.contracts.assessment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record WorryAdded(
        String assessmentId,
        String worryId,
        WorryKind kind,
        String text,
        boolean professionalOnly,
        String author,
        String agency) {}
