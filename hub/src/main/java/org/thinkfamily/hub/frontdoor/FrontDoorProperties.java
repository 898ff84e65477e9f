package org.thinkfamily.hub.frontdoor;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param gatewayAgency          the agency code a manager's contacts are recorded under (an EARLY_HELP code)
 * @param publicRequestLimit     how many requests for help one client address may post per {@code publicRequestWindow}
 * @param publicRequestWindow    the window of that limit
 * @param maxQueuePage           the most contacts one page of the queue lists
 */
@ConfigurationProperties("thinkfamily.front-door")
record FrontDoorProperties(
        @DefaultValue("bradford-early-help-gateway") String gatewayAgency,
        @DefaultValue("10") int publicRequestLimit,
        @DefaultValue("1m") Duration publicRequestWindow,
        @DefaultValue("200") int maxQueuePage) {}
