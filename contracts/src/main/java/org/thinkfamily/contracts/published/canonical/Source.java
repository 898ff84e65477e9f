package org.thinkfamily.contracts.published.canonical;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who sent a record: the agency, its sector, its system, and the agency's own message id. */
public record Source(
        @NotBlank
        @Pattern(
                regexp = Source.AGENCY_CODE,
                message = "must be an agency code: lower case letters, digits and hyphens, up to 64")
        String agency,

        @NotNull Sector sector,
        @Size(max = 64) String system,
        @NotBlank @Size(max = 128) String messageId) {

    /** What an agency code looks like: lower case letters, digits and hyphens, up to 64 characters. */
    public static final String AGENCY_CODE = "[a-z0-9][a-z0-9-]{0,63}";
}
