package org.thinkfamily.contracts.published.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A person an event is about, as the agency knows them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subject(
        @NotNull SubjectRole role,
        @Size(max = 10) List<@Valid @NotNull Identifier> identifiers,
        @Valid PersonName name,
        LocalDate birthDate,
        Sex sex,
        @Valid Address address) {

    public Subject {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
