package org.thinkfamily.connectors.support;

import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;

/** Where a file drop's whole-file refusals are dead-lettered: the door, agency and sector they are listed under. */
public record FileRefusals(DeadLetterPort deadLetters, String door, String agency, Sector sector, String contentType) {

    public void refuse(String fileName, String reason, byte[] content) {
        deadLetters.store(new DeadLetter(
                door, agency, sector, fileName + " (whole file)", reason, Utf8.lenient(content), contentType));
    }
}
