package org.thinkfamily.contracts.published.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Address(
        @Size(max = 12) String uprn,
        @Size(max = 10) String postcode,
        @Size(max = 300) String text) {}
