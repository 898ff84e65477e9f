package org.thinkfamily.hub.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * GOV.UK Frontend's stylesheet asks for its images at {@code /assets/images/}: serve them from the webjar
 * (the stylesheet itself is at {@code /webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css}). Not
 * its fonts: GDS Transport is licensed for service.gov.uk domains only, and a council's hub is not on one,
 * so the stylesheet's own fallback, Arial, is used.
 */
@Configuration
class GovukAssets implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        String assets = "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/";
        registry.addResourceHandler("/assets/images/**").addResourceLocations(assets + "images/");
        registry.addResourceHandler("/assets/rebrand/**").addResourceLocations(assets + "rebrand/");
    }
}
