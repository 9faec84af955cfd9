package org.gridvoice.account.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridvoice.account.DataAccessEntry;
import org.gridvoice.account.PersonalDataService;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.Paging;
import org.springframework.data.domain.Sort;

/** For administrators: which staff member was shown which resident's personal data, why and when. */
@Route("admin/data-access")
@RolesAllowed("ADMIN")
@Menu(title = "nav.admin.data-access", order = 56, icon = "vaadin:eye")
public class DataAccessView extends VerticalLayout implements HasDynamicTitle {

    private final TextField subject = new TextField();
    private final TextField viewer = new TextField();
    private final Grid<DataAccessEntry> grid = new Grid<>();

    public DataAccessView(PersonalDataService personalData) {
        addClassName("gv-page");
        setSizeFull();
        for (TextField filter : new TextField[] {subject, viewer}) {
            filter.setClearButtonVisible(true);
            filter.setMaxLength(60);
            filter.setValueChangeMode(ValueChangeMode.LAZY);
            filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            filter.setWidth("min(280px, 100%)");
        }
        subject.setLabel(getTranslation("privacy.access.filter.subject"));
        subject.setId("data-access-subject");
        viewer.setLabel(getTranslation("privacy.access.filter.viewer"));
        viewer.setId("data-access-viewer");
        grid.setId("data-access-grid");
        grid.setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("admin.empty"));
        grid.setItems(q -> personalData.accessLog(subject.getValue(), viewer.getValue(), Paging.of(q, Sort.unsorted())).stream());
        grid.addColumn(e -> Dates.format(e.viewedAt(), getLocale())).setHeader(getTranslation("privacy.access.viewed-at")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DataAccessEntry::viewerName).setHeader(getTranslation("privacy.access.viewer")).setFlexGrow(1);
        grid.addColumn(DataAccessEntry::subjectName).setHeader(getTranslation("privacy.access.subject")).setFlexGrow(1);
        grid.addColumn(e -> purpose(e.purpose())).setHeader(getTranslation("privacy.access.purpose")).setFlexGrow(1);
        Div filters = new Div(subject, viewer);
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("privacy.access.title")), new Paragraph(getTranslation("privacy.access.intro")), filters, grid);
        setFlexGrow(1, grid);
    }

    // purposes other modules add without a text of their own show as recorded
    private String purpose(String purpose) {
        String text = getTranslation("privacy.purpose." + purpose);
        return text.startsWith("!") ? purpose : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.data-access");
    }
}
