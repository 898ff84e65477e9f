package org.thinkfamily.contracts.published.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why the agency may share this record. A consent reference is required when the basis is consent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sharing(
        @NotNull LawfulBasis lawfulBasis, @Size(max = 128) String consentReference) {}
