package org.gridvoice.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * The emptiest Vaadin view, for the browser benchmark (bench/interaction-latency): one button that
 * changes one text, the baseline every interaction's click-to-screen time is compared with. It has no
 * {@code @Route}: {@link Registration} adds it at {@value #PATH} only when
 * {@code gridvoice.bench.round-trip-view=true}, so a normal installation has no such page.
 */
@AnonymousAllowed
public class RoundTripView extends Main {

    static final String PATH = "bench/round-trip";

    private int clicks;

    public RoundTripView() {
        Paragraph text = new Paragraph(getTranslation("bench.round-trip.clicks", 0));
        text.setId("round-trip-text");
        Button button = new Button(getTranslation("bench.round-trip.button"),
                e -> text.setText(getTranslation("bench.round-trip.clicks", ++clicks)));
        button.setId("round-trip-button");
        add(button, text);
    }

    /** Registers the view when the benchmark starts the jar with {@code --gridvoice.bench.round-trip-view=true}. */
    @SpringComponent
    @ConditionalOnProperty(name = "gridvoice.bench.round-trip-view", havingValue = "true")
    static class Registration implements VaadinServiceInitListener {

        @Override
        public void serviceInit(ServiceInitEvent event) {
            RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                    .setRoute(PATH, RoundTripView.class);
        }
    }
}
