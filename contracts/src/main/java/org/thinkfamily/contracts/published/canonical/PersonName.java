package org.thinkfamily.contracts.published.canonical;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonName(
        @Size(max = 100) String given, @Size(max = 100) String family) {

    @JsonIgnore
    public boolean isComplete() {
        return given != null && !given.isBlank() && family != null && !family.isBlank();
    }
}
