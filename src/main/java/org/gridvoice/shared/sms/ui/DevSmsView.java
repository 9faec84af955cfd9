package org.gridvoice.shared.sms.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridvoice.shared.PhoneNumbers;
import org.gridvoice.shared.sms.DevSms;
import org.gridvoice.shared.sms.DevSmsBox;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.PhoneColumns;

/**
 * The text messages the development gateway kept instead of sending (gridvoice.sms.provider=dev),
 * newest first: an administrator of a demo or test installation reads a newcomer's code here.
 */
@Route("admin/sms")
@RolesAllowed("ADMIN")
@Menu(title = "devsms.nav", order = 57, icon = "vaadin:mobile")
public class DevSmsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<DevSms> list = new Grid<>();

    public DevSmsView(DevSmsBox box) {
        addClassName("gv-page");
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("devsms.intro"));
        intro.addClassName("gv-note");
        Button refresh = new Button(getTranslation("devsms.refresh"), VaadinIcon.REFRESH.create(), e -> list.getDataProvider().refreshAll());
        list.setWidthFull();
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setEmptyStateText(getTranslation("devsms.empty"));
        list.setItems(query -> box.page(query.getOffset(), query.getLimit()).stream(), query -> (int) Math.min(Integer.MAX_VALUE, box.count()));
        var sent = list.addColumn(m -> Dates.format(m.sentAt(), getLocale())).setHeader(getTranslation("devsms.column.sent")).setAutoWidth(true);
        list.addColumn(m -> PhoneNumbers.display(m.phone())).setHeader(getTranslation("devsms.column.phone")).setAutoWidth(true);
        list.addColumn(DevSms::text).setHeader(getTranslation("devsms.column.text")).setFlexGrow(1);
        var template = list.addColumn(DevSms::template).setHeader(getTranslation("devsms.column.template")).setAutoWidth(true);
        PhoneColumns.hideOnPhones(list, sent, template);
        add(new H2(getTranslation("devsms.nav")), intro, refresh, list);
        setFlexGrow(1, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("devsms.nav");
    }
}
