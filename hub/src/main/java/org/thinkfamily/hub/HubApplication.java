package org.thinkfamily.hub;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** The hub, with the connectors wired in-process: each connector hands its records to the hub's ingest port. */
@SpringBootApplication(scanBasePackages = {"org.thinkfamily.hub", "org.thinkfamily.connectors"})
@ConfigurationPropertiesScan({"org.thinkfamily.hub", "org.thinkfamily.connectors"})
public class HubApplication {

    /**
     * Set by the build's class data sharing training run (hub/pom.xml): the hub starts in full (routes, listener,
     * processors, web server), then stops, so that the archive holds every class a start loads.
     */
    static final String TRAINING_RUN = "thinkfamily.training-run";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        disableVendorUpdateCheck();
        ConfigurableApplicationContext hub = SpringApplication.run(HubApplication.class, args);
        if (Boolean.getBoolean(TRAINING_RUN)) {
            System.exit(SpringApplication.exit(hub));
        }
    }

    /** Axon's update checker calls out at start-up; no Spring property stops it, only this one. */
    public static void disableVendorUpdateCheck() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
