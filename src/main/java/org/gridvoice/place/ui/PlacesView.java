package org.gridvoice.place.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridvoice.place.GridBoundaryService;
import org.gridvoice.place.PlaceService;

/** Streets, communities and grids, one tab each. */
@Route("admin/places")
@RolesAllowed("ADMIN")
@Menu(title = "nav.admin.places", order = 50, icon = "vaadin:map-marker")
public class PlacesView extends VerticalLayout implements HasDynamicTitle {

    public PlacesView(PlaceService places, GridBoundaryService boundaries) {
        addClassName("gv-page");
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("admin.places.streets"), new StreetsTab(places));
        tabs.add(getTranslation("admin.places.communities"), new CommunitiesTab(places));
        tabs.add(getTranslation("admin.places.grids"), new GridsTab(places, boundaries));
        // a tab shows its parents' names, which may have changed in another tab
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() != null && tabs.getComponent(e.getSelectedTab()) instanceof AdminList<?> list) {
                list.refresh();
            }
        });
        add(new H2(getTranslation("nav.admin.places")), tabs);
        setFlexGrow(1, tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.places");
    }
}
