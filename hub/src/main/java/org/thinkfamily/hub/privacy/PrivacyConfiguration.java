package org.thinkfamily.hub.privacy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PrivacyConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PersonalDataProtector personalDataProtector() {
        return new UnencryptedProtector();
    }
}
