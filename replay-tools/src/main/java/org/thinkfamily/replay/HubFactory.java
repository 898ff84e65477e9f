package org.thinkfamily.replay;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.thinkfamily.hub.HubApplication;
import picocli.CommandLine;

/** Starts the hub's own context without its web server, against the store its settings name. */
public final class HubFactory implements CommandLine.IFactory {

    private final List<String> hubSettings;

    HubFactory(List<String> hubSettings) {
        this.hubSettings = List.copyOf(hubSettings);
    }

    public ConfigurableApplicationContext startHub() {
        return new SpringApplicationBuilder(HubApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(
                        "spring.main.banner-mode=off",
                        "logging.level.root=warn",
                        "logging.level.org.hibernate.engine.jdbc.spi.SqlExceptionHelper=off",
                        // the running hub keeps the chain; a tool only reads it
                        "thinkfamily.integrity.keeper=false",
                        "thinkfamily.event-store.node-id=replay-tools@"
                                + ManagementFactory.getRuntimeMXBean().getName())
                .run(hubSettings.toArray(String[]::new));
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (var constructor : type.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == HubFactory.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(this));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
