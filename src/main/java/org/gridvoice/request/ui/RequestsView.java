package org.gridvoice.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.PlaceService;
import org.gridvoice.request.RequestService;
import org.gridvoice.shared.ui.Paging;
import org.springframework.data.domain.Sort;

/** Every request in public, newest first, filtered and paged in the database; each opens its case. */
@Route("requests")
@AnonymousAllowed
@Menu(title = "request.nav.list", order = 3, icon = "vaadin:megaphone")
public class RequestsView extends Main implements HasDynamicTitle {

    final RequestFilterBar filters;
    final RequestGrid grid = new RequestGrid();

    public RequestsView(RequestService requests, CategoryService categories, PlaceService places) {
        addClassName("gv-page");
        filters = new RequestFilterBar(categories.activeCategories(), places.activeGrids(), () -> grid.getDataProvider().refreshAll());
        grid.setItems(q -> requests.list(filters.filter(), Paging.of(q, Sort.unsorted())).stream());
        Button file = new Button(getTranslation("request.new.title"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewRequestView.class)));
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div actions = new Div(file);
        actions.addClassName("gv-actions");
        add(new H2(getPageTitle()), new Paragraph(getTranslation("request.list.intro")), actions, filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.list.title");
    }
}
