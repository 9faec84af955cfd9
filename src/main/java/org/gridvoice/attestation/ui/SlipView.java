package org.gridvoice.attestation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridvoice.attestation.Slip;
import org.gridvoice.attestation.StaffEntryService;
import org.gridvoice.shared.ui.Dates;
import org.springframework.beans.factory.annotation.Value;

/**
 * The printable slip of an entry: the wording, and a new one-time code (the previous slip stops
 * working) that the resident enters on the attest page of any device. The code is shown only here.
 */
@Route("staff/entries/:id/slip")
@RolesAllowed({"COMMITTEE", "OFFICER", "OFFICE_LEAD"})
public class SlipView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final StaffEntryService entries;
    private final String attestUrl;

    public SlipView(StaffEntryService entries, @Value("${gridvoice.base-url}") String baseUrl) {
        this.entries = entries;
        this.attestUrl = baseUrl.replaceAll("/+$", "") + "/attest";
        addClassNames("gv-page", "gv-slip");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long entryId = event.getRouteParameters().getLong("id").orElse(0L);
        Slip slip = entries.issueSlip(entryId, getLocale());
        Paragraph code = new Paragraph(getTranslation("attest.slip.code", slip.code()));
        code.addClassName("gv-slip-code");
        code.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-family", "monospace").set("letter-spacing", "0.1em");
        Button print = new Button(getTranslation("attest.slip.print-now"), click -> click.getSource().getElement().executeJs("window.print()"));
        print.addClassName("gv-no-print");
        add(new H2(getPageTitle()), new Paragraph(getTranslation("attest.slip.for", slip.residentName(), slip.staffName())),
                EntryTexts.wording(slip.wording()), new Paragraph(getTranslation("attest.slip.how", attestUrl)), code,
                new Paragraph(getTranslation("attest.slip.valid", Dates.format(slip.validUntil(), getLocale()))), print);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attest.slip.heading");
    }
}
