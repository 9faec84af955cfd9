package org.gridvoice.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;

/** The numeric id a route carries (`…/:id`), or null when it has none or it is not a number: the view then shows "not found". */
public final class RouteIds {

    private RouteIds() {
    }

    public static Long id(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters().get("id").map(Long::valueOf).orElse(null);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
