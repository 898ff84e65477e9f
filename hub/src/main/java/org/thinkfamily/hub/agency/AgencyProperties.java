package org.thinkfamily.hub.agency;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.thinkfamily.contracts.published.canonical.Sector;

/**
 * The agency codes an authority knows, each with the sector(s) it sends for:
 * {@code thinkfamily.agencies.codes.west-yorkshire-police=POLICE}. A code not listed belongs to the first
 * sector that sends under it.
 */
@ConfigurationProperties("thinkfamily.agencies")
record AgencyProperties(Map<String, Set<Sector>> codes) {

    AgencyProperties {
        codes = codes == null ? Map.of() : Map.copyOf(codes);
    }
}
