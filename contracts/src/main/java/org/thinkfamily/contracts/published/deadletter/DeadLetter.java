package org.thinkfamily.contracts.published.deadletter;

import org.thinkfamily.contracts.published.canonical.Sector;

/**
 * Input that could not be taken: kept with its raw text so it can be listed, fixed and replayed.
 *
 * @param door        where it came in: {@code canonical-events}, {@code education-attendance}, {@code hl7-v2}, ...
 * @param agency      the sending agency's code, when known
 * @param sector      the sending sector, when known (agencies list only their own sector's letters)
 * @param location    where in the input: the file and line, the HL7 segment, the Bundle entry
 * @param reason      why it was refused, in words a person can act on; never quoting personal data
 * @param payload     the raw text of the unit that was refused (for a CSV line: the header and the line)
 * @param contentType {@code text/csv}, {@code application/json}, {@code x-application/hl7-v2+er7}, ...
 */
public record DeadLetter(
        String door,
        String agency,
        Sector sector,
        String location,
        String reason,
        String payload,
        String contentType) {}
