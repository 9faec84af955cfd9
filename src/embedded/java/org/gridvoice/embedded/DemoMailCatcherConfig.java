package org.gridvoice.embedded;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.gridvoice.embedded.ui.DemoMailsView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** With the demo mail catcher running: its page exists (it is not registered otherwise) and the log says where. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("gridvoice.mail-catcher.page")
class DemoMailCatcherConfig {

    private static final Logger log = LoggerFactory.getLogger(DemoMailCatcherConfig.class);

    @Bean
    VaadinServiceInitListener demoMailsRoute() {
        return event -> RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setAnnotatedRoute(DemoMailsView.class);
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce(ApplicationReadyEvent ready) {
        String page = ready.getApplicationContext().getEnvironment().getProperty("gridvoice.mail-catcher.page");
        log.info("Demo mail catcher: no mail leaves this machine. Read it at {} (links are also logged here).", page);
    }
}
