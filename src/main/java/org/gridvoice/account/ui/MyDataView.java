package org.gridvoice.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import org.gridvoice.account.PersonalData;
import org.gridvoice.account.PersonalDataSection;
import org.gridvoice.account.PersonalDataService;
import org.gridvoice.shared.ui.Dates;

/**
 * Everything GridVoice holds about the signed-in user as a page to read: a section per module, each
 * item a two-column table (field, value) that fits a phone's width.
 */
@Route("me/data")
@PermitAll
public class MyDataView extends Main implements AfterNavigationObserver, HasDynamicTitle {

    private final PersonalDataService personalData;

    public MyDataView(PersonalDataService personalData) {
        this.personalData = personalData;
        addClassName("gv-narrow-page");
        setId("my-data-view");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        removeAll();
        PersonalData data = personalData.myData();
        Anchor json = new Anchor("me/data.json", getTranslation("privacy.download-json"));
        json.getElement().setAttribute("download", "gridvoice-my-data.json");
        json.getElement().setAttribute("router-ignore", true);
        add(new H2(getTranslation("privacy.page.title")),
                new Paragraph(getTranslation("privacy.page.intro", Dates.format(data.exportedAt(), getLocale()))), json);
        data.sections().forEach(this::section);
    }

    private void section(PersonalDataSection section) {
        Section part = new Section(new H3(getTranslation(section.key())));
        part.addClassName("gv-my-data-section");
        part.getElement().setAttribute("data-section", section.key());
        if (section.items().isEmpty()) {
            part.add(new Paragraph(getTranslation("privacy.page.empty")));
        }
        int n = 0;
        for (Map<String, Object> item : section.items()) {
            NativeTable table = new NativeTable();
            table.setCaptionText(getTranslation("privacy.page.item", ++n));
            table.getStyle().set("width", "100%").set("table-layout", "fixed").set("margin-bottom", "var(--lumo-space-m)")
                    .set("border-collapse", "collapse");
            NativeTableBody body = table.addBody();
            item.forEach((field, value) -> {
                NativeTableRow row = body.addRow();
                var header = row.addHeaderCell();
                header.setText(label(field));
                header.getElement().setAttribute("scope", "row");
                header.getStyle().set("width", "40%").set("text-align", "start").set("vertical-align", "top");
                var cell = row.addDataCell();
                cell.setText(value(value));
                cell.getStyle().set("overflow-wrap", "anywhere").set("white-space", "pre-wrap");
            });
            part.add(table);
        }
        add(part);
    }

    private String label(String field) {
        String text = getTranslation("privacy.field." + field);
        return text.startsWith("!") ? field : text;
    }

    private String value(Object value) {
        if (value == null) {
            return getTranslation("privacy.value.none");
        }
        if (value instanceof Boolean b) {
            return getTranslation(b ? "admin.yes" : "admin.no");
        }
        if (value instanceof LocalDateTime time) {
            return Dates.format(time, getLocale());
        }
        if (value instanceof java.sql.Timestamp time) {
            return Dates.format(time.toLocalDateTime(), getLocale());
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return String.valueOf(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.page.title");
    }
}
