package org.thinkfamily.hub.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl the hub's address as people reach it (e.g. {@code https://hub.example.gov.uk}); redirects are
 *                built from it, never from the request's Host header, and are relative when it is not set
 */
@ConfigurationProperties("thinkfamily.web")
record SiteProperties(String baseUrl) {

    String redirect(String path) {
        return baseUrl == null || baseUrl.isBlank() ? path : baseUrl.replaceAll("/+$", "") + path;
    }
}
