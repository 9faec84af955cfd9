package org.gridvoice.responsibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.Role;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.PlaceService;
import org.gridvoice.responsibility.PlaceLevel;
import org.gridvoice.responsibility.Responsibility;
import org.gridvoice.responsibility.ResponsibilityService;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Paging;
import org.gridvoice.shared.ui.PhoneColumns;
import org.gridvoice.shared.ui.Toasts;
import org.springframework.data.domain.Sort;

/**
 * The responsibility list (责任清单) in public: which office answers for what, where, within what
 * time and on what basis. Administrators edit it here; every change is a new dated version.
 */
@Route("responsibilities")
@AnonymousAllowed
@Menu(title = "nav.responsibilities", order = 8, icon = "vaadin:sitemap")
public class ResponsibilityView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<Responsibility> grid = new Grid<>();

    public ResponsibilityView(ResponsibilityService service, CategoryService categories, PlaceService places, OfficeService offices,
                              CurrentUser currentUser) {
        addClassName("gv-page");
        setSizeFull();
        boolean admin = currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false);
        search.setLabel(getTranslation("responsibility.search"));
        search.setPlaceholder(getTranslation("responsibility.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("min(100%, 28em)");
        boolean zh = "zh".equals(getLocale().getLanguage());
        grid.addColumn(d -> zh ? d.categoryZh() : d.categoryEn()).setKey("category").setHeader(getTranslation("responsibility.category"))
                .setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(d -> getTranslation("responsibility.level." + d.level().name(), d.placeName())).setKey("place")
                .setHeader(getTranslation("responsibility.place")).setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(d -> d.coOffices().isEmpty() ? d.leadOffice()
                        : getTranslation("responsibility.lead-and-co", d.leadOffice(), String.join(getTranslation("list.separator"), d.coOffices())))
                .setKey("office").setHeader(getTranslation("responsibility.lead")).setWidth("9em").setFlexGrow(1);
        grid.addColumn(d -> getTranslation("responsibility.deadlines", d.responseHours(), d.resolutionDays())).setKey("deadlines")
                .setHeader(getTranslation("responsibility.deadlines.header")).setWidth("8em").setFlexGrow(0);
        grid.addColumn(Responsibility::basis).setKey("basis").setHeader(getTranslation("responsibility.basis")).setWidth("10rem").setFlexGrow(2);
        grid.addColumn(d -> Dates.format(d.effectiveFrom(), getLocale())).setKey("from").setHeader(getTranslation("responsibility.from"))
                // fixed widths that add up to what fits beside the menu at 1280 px: wrapped cells, no sideways scrolling
                .setWidth("7em").setFlexGrow(0);
        List<ResponsibilityDialog.PlaceChoice> choices = new ArrayList<>();
        places.activeStreets().forEach(s -> choices.add(new ResponsibilityDialog.PlaceChoice(PlaceLevel.STREET, s.id(), s.name())));
        places.activeCommunities().forEach(c -> choices.add(new ResponsibilityDialog.PlaceChoice(PlaceLevel.COMMUNITY, c.id(), c.name())));
        places.activeGrids().forEach(g -> choices.add(new ResponsibilityDialog.PlaceChoice(PlaceLevel.GRID, g.id(), g.fullName())));
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        grid.addComponentColumn(d -> {
            Button historyButton = new Button(getTranslation("responsibility.history"), new Icon(VaadinIcon.TIME_BACKWARD),
                    e -> history(service.history(d.entryId())).open());
            historyButton.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            Div actions = new Div(historyButton);
            if (admin) {
                actions.add(new Button(getTranslation("responsibility.change"), new Icon(VaadinIcon.EDIT),
                        e -> new ResponsibilityDialog(d, categories.activeCategories(), choices, offices.activeOffices(), service, refresh).open()));
                actions.add(new Button(getTranslation("responsibility.retire"), new Icon(VaadinIcon.ARCHIVE), e -> Confirm.ask(this,
                        "responsibility.retire.title", "responsibility.retire.text", "responsibility.retire", () -> {
                            if (new FormErrors(this).attempt(() -> service.retire(d.entryId(), LocalDateTime.now()))) {
                                Toasts.success(getTranslation("responsibility.retired"));
                                refresh.run();
                            }
                        })));
            }
            actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
            return actions;
        }).setKey("actions").setAutoWidth(true).setFrozenToEnd(true);
        PhoneColumns.hideOnPhones(grid, grid.getColumnByKey("place"), grid.getColumnByKey("deadlines"), grid.getColumnByKey("basis"),
                grid.getColumnByKey("from"), grid.getColumnByKey("actions"));
        grid.setItems(q -> service.current(search.getValue(), Paging.of(q, Sort.unsorted())).stream());
        grid.setEmptyStateText(getTranslation("responsibility.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(new H2(getTranslation("responsibility.title")), new Paragraph(getTranslation("responsibility.intro")), search);
        if (admin) {
            add(new Button(getTranslation("responsibility.new"), new Icon(VaadinIcon.PLUS),
                    e -> new ResponsibilityDialog(null, categories.activeCategories(), choices, offices.activeOffices(), service, refresh).open()));
        }
        add(grid);
        if (admin) {
            places.activeStreets().forEach(street -> add(new StreetOfficesCard(street, offices.activeOffices(), service)));
        }
    }

    private Dialog history(List<Responsibility> versions) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("responsibility.history"));
        dialog.setWidth("min(640px, 95vw)");
        UnorderedList list = new UnorderedList();
        for (Responsibility d : versions) {
            String until = d.effectiveTo() == null ? getTranslation("responsibility.open-ended") : Dates.format(d.effectiveTo(), getLocale());
            list.add(new ListItem(getTranslation("responsibility.version", Dates.format(d.effectiveFrom(), getLocale()), until,
                    d.leadOffice(), d.responseHours(), d.resolutionDays(), d.basis(), d.changedBy() == null ? "" : d.changedBy())));
        }
        dialog.add(list);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("responsibility.title");
    }
}
