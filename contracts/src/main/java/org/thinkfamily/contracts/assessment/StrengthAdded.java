package org.thinkfamily.contracts.assessment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record StrengthAdded(
        String assessmentId,
        String strengthId,
        StrengthKind kind,
        String text,
        boolean professionalOnly,
        String author,
        String agency) {}
