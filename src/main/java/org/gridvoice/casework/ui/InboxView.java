package org.gridvoice.casework.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.casework.CaseFilter;
import org.gridvoice.casework.CaseService;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.casework.CaseSummary;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.ui.Paging;
import org.springframework.data.domain.Sort;

/** An office's case inbox (工单): paged in the database, filtered, most urgent first. */
@Route("office/cases")
@RolesAllowed({"OFFICER", "OFFICE_LEAD"})
@Menu(title = "nav.inbox", order = 29, icon = "vaadin:inbox")
public class InboxView extends Main implements HasDynamicTitle {

    final Select<OfficeSummary> office = new Select<>();
    final Select<CaseStatus> status = new Select<>();
    final Select<CategorySummary> category = new Select<>();
    final Select<GridSummary> grid = new Select<>();
    final Select<Share> share = new Select<>();
    final Checkbox overdue = new Checkbox();
    final SourceSelect source = new SourceSelect("inbox-source");

    /** Which cases of the office: all, those it leads, those it co-handles (协办). */
    enum Share {
        ALL(null), LEAD(false), CO_HANDLING(true);

        final Boolean coHandling;

        Share(Boolean coHandling) {
            this.coHandling = coHandling;
        }
    }
    final CaseGrid cases;

    public InboxView(CaseService caseService, CurrentUser currentUser, RoleService roles, OfficeService offices, CategoryService categories,
                     PlaceService places, Clock clock) {
        addClassName("gv-page");
        setSizeFull();
        List<OfficeSummary> mine = offices.officesOf(roles.officesOf(currentUser.requireId()));
        office.setLabel(getTranslation("casework.inbox.office"));
        office.setItems(mine);
        office.setItemLabelGenerator(OfficeSummary::name);
        if (!mine.isEmpty()) {
            office.setValue(mine.getFirst());
        }
        status.setLabel(getTranslation("casework.list.status"));
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("casework.inbox.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("casework.inbox.any") : getTranslation("casework.status." + s.name()));
        category.setLabel(getTranslation("casework.inbox.category"));
        category.setItems(categories.activeCategories());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("casework.inbox.any"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("casework.inbox.any")
                : "zh".equals(getLocale().getLanguage()) ? c.nameZh() : c.nameEn());
        grid.setLabel(getTranslation("casework.inbox.grid"));
        grid.setItems(places.activeGrids());
        grid.setEmptySelectionAllowed(true);
        grid.setEmptySelectionCaption(getTranslation("casework.inbox.any"));
        grid.setItemLabelGenerator(g -> g == null ? getTranslation("casework.inbox.any") : g.fullName());
        share.setId("inbox-share");
        share.setLabel(getTranslation("casework.inbox.share"));
        share.setItems(Share.values());
        share.setValue(Share.ALL);
        share.setItemLabelGenerator(s -> getTranslation("casework.inbox.share." + s.name()));
        overdue.setLabel(getTranslation("casework.inbox.overdue"));
        cases = new CaseGrid(clock);
        cases.setItems(q -> {
            var page = Paging.of(q, Sort.unsorted());
            if (office.getValue() == null) {
                return Stream.<CaseSummary>empty();
            }
            return caseService.inbox(new CaseFilter(office.getValue().id(), status.getValue(),
                    category.getValue() == null ? null : category.getValue().id(), grid.getValue() == null ? null : grid.getValue().id(),
                    overdue.getValue(), share.getValue() == null ? null : share.getValue().coHandling, source.getValue()), page).stream();
        });
        cases.setEmptyStateText(getTranslation("casework.inbox.empty"));
        // the office is chosen above; on a phone the time left matters more than repeating it
        cases.getColumnByKey("office").setVisible(false);
        for (Select<?> filter : List.of(office, share, source, status, category, grid)) {
            filter.setWidth("min(100%, 11em)");
        }
        office.addValueChangeListener(e -> cases.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> cases.getDataProvider().refreshAll());
        category.addValueChangeListener(e -> cases.getDataProvider().refreshAll());
        grid.addValueChangeListener(e -> cases.getDataProvider().refreshAll());
        share.addValueChangeListener(e -> cases.getDataProvider().refreshAll());
        overdue.addValueChangeListener(e -> cases.getDataProvider().refreshAll());
        source.addValueChangeListener(e -> cases.getDataProvider().refreshAll());
        Div filters = new Div(office, share, source, status, category, grid, overdue);
        filters.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.BASELINE);
        add(new H2(getTranslation("casework.inbox.title")), new Paragraph(getTranslation("casework.inbox.intro")), filters, cases);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.inbox.title");
    }
}
