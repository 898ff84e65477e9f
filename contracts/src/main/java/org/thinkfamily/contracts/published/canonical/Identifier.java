package org.thinkfamily.contracts.published.canonical;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One identifier of a person or a property: a system ({@code nhs-number}, {@code upn}, ...) and a value. */
public record Identifier(
        @NotBlank String system, @NotBlank @Size(max = 64) String value) {

    /** The form used in query strings and keys: {@code system|value}. */
    public String token() {
        return system + "|" + value;
    }
}
