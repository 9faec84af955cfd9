package org.gridvoice.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;

/** The benchmark's empty view exists only where the jar is started with gridvoice.bench.round-trip-view=true. */
class RoundTripViewTest extends ViewTest {

    @Test
    void a_normal_installation_has_no_round_trip_page() {
        UI.getCurrent().getInternals().getRouter().navigate(UI.getCurrent(), new Location(RoundTripView.PATH), NavigationTrigger.PAGE_LOAD);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(NotFoundView.class);
        assertThat(context.getBeansOfType(RoundTripView.Registration.class)).isEmpty();
    }
}
