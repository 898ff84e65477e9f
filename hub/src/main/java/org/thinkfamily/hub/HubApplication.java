package org.thinkfamily.hub;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The hub, with the connectors wired in-process: each connector hands its records to the hub's ingest port. */
@SpringBootApplication(scanBasePackages = {"org.thinkfamily.hub", "org.thinkfamily.connectors"})
@ConfigurationPropertiesScan({"org.thinkfamily.hub", "org.thinkfamily.connectors"})
public class HubApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        disableVendorUpdateCheck();
        SpringApplication.run(HubApplication.class, args);
    }

    /** Axon's update checker calls out at start-up; no Spring property stops it, only this one. */
    public static void disableVendorUpdateCheck() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
