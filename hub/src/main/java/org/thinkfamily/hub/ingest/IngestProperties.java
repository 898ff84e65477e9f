package org.thinkfamily.hub.ingest;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.thinkfamily.contracts.published.canonical.LawfulBasis;

/**
 * @param acceptTestNhsNumbers   take NHS numbers of the 999 test range (demo and tests), refuse them in production
 * @param defaultLawfulBasis     the lawful basis of a record that states none, per agency code
 * @param maxAttempts            how often one record is tried when it collides with a concurrent one
 */
@ConfigurationProperties("thinkfamily.ingest")
record IngestProperties(
        @DefaultValue("false") boolean acceptTestNhsNumbers,
        @DefaultValue("SAFEGUARDING") LawfulBasis defaultLawfulBasis,
        Map<String, LawfulBasis> agencyLawfulBasis,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("100") int maxEventsPerRequest) {

    IngestProperties {
        agencyLawfulBasis = agencyLawfulBasis == null ? Map.of() : Map.copyOf(agencyLawfulBasis);
    }

    LawfulBasis lawfulBasisOf(String agency) {
        return agencyLawfulBasis.getOrDefault(agency, defaultLawfulBasis);
    }
}
