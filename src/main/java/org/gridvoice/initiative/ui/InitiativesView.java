package org.gridvoice.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gridvoice.initiative.InitiativeService;
import org.gridvoice.initiative.InitiativeStatus;
import org.gridvoice.shared.ui.Paging;
import org.springframework.data.domain.Sort;

/** Every residents' initiative in public, newest first, filtered by status and paged in the database. */
@Route("initiatives")
@AnonymousAllowed
@Menu(title = "initiative.nav", order = 5.6, icon = "vaadin:hands-up")
public class InitiativesView extends Main implements HasDynamicTitle {

    final Select<InitiativeStatus> status = new Select<>();
    final InitiativeGrid grid = new InitiativeGrid();

    public InitiativesView(InitiativeService initiatives) {
        addClassName("gv-page");
        status.setLabel(getTranslation("initiative.filter.status"));
        status.setItems(InitiativeStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("initiative.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("initiative.filter.any") : getTranslation("initiative.status." + s.name()));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setItems(q -> initiatives.list(status.getValue(), Paging.of(q, Sort.unsorted())).stream());
        Div actions = new Div();
        actions.addClassName("gv-actions");
        if (initiatives.mayOpen()) {
            Button open = new Button(getTranslation("initiative.new.button"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(NewInitiativeView.class)));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            actions.add(open);
        }
        add(new H2(getPageTitle()), new Paragraph(getTranslation("initiative.list.intro")), actions, status, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("initiative.list.title");
    }
}
