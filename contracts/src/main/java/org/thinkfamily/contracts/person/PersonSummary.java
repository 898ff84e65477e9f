package org.thinkfamily.contracts.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;

/** A person as the identity index holds them; {@code erased} when their personal data was erased. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonSummary(
        String personId,
        List<Identifier> identifiers,
        PersonName name,
        LocalDate birthDate,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean erased) {

    public PersonSummary(String personId, List<Identifier> identifiers, PersonName name, LocalDate birthDate) {
        this(personId, identifiers, name, birthDate, false);
    }
}
