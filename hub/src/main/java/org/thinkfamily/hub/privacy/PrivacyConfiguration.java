package org.thinkfamily.hub.privacy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration
class PrivacyConfiguration {

    /** The hub's own key table; a key management service replaces it by providing a {@link PersonKeys} bean. */
    @Bean
    @ConditionalOnMissingBean
    PersonKeys personKeys(JdbcTemplate jdbc, PrivacyProperties properties) {
        return new DatabasePersonKeys(jdbc, properties);
    }

    @Bean
    @ConditionalOnMissingBean
    PersonalDataProtector personalDataProtector(PersonKeys keys) {
        return PersonalDataProtector.sealedUnder(keys);
    }
}
