package org.thinkfamily.contracts.assessment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ChildVoiceRecorded(
        String assessmentId,
        String voiceId,
        String personId,
        ChildHouse house,
        String text,
        String author,
        String agency) {}
