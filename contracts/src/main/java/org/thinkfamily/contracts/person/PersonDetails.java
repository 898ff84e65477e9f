package org.thinkfamily.contracts.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.thinkfamily.contracts.published.canonical.Address;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Sex;
import org.thinkfamily.contracts.published.privacy.PersonalData;

/** A person's demographics as an agency gave them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonDetails(
        String dataSubject,
        PersonName name,
        LocalDate birthDate,
        Sex sex,
        Address address,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean erased)
        implements PersonalData {

    public PersonDetails(String dataSubject, PersonName name, LocalDate birthDate, Sex sex, Address address) {
        this(dataSubject, name, birthDate, sex, address, false);
    }
}
