package org.gridvoice.attestation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridvoice.attestation.EntryStatus;
import org.gridvoice.attestation.EntrySummary;
import org.gridvoice.attestation.StaffEntryService;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/**
 * One entry: who entered what for whom, and while it waits the three ways the resident attests it —
 * a code sent to their phone that they read back, a printed slip, or in person before a witness.
 */
@Route("staff/entries/:id")
@RolesAllowed({"COMMITTEE", "OFFICER", "OFFICE_LEAD"})
public class EntryView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final StaffEntryService entries;
    private long entryId;

    public EntryView(StaffEntryService entries) {
        this.entries = entries;
        addClassNames("gv-page", "gv-touch");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        entryId = event.getRouteParameters().getLong("id").orElse(0L);
        show();
    }

    private void show() {
        removeAll();
        EntrySummary e = entries.entry(entryId, getLocale());
        Anchor back = new Anchor("staff/entries", getTranslation("attest.entry.back"));
        back.getElement().setAttribute("router-link", true);
        Paragraph who = new Paragraph(getTranslation("attest.entered-by", e.staffName(), e.residentName()));
        who.addClassName("gv-entered-by");
        Div status = new Div(EntryTexts.status(this, e.status()));
        add(back, new H2(getPageTitle()), status, who, new H3(getTranslation("attest.entry.wording")), EntryTexts.wording(e.wording()));
        switch (e.status()) {
            case PENDING -> {
                add(new Paragraph(getTranslation("attest.entry.expires", Dates.format(e.expiresAt(), getLocale()))));
                add(phoneCode(e), slip(), inPerson());
            }
            case ATTESTED -> {
                add(new Paragraph(getTranslation("attest.entry.attested", getTranslation("attest.method." + e.method().name()))));
                if (e.itemRoute() != null) {
                    Anchor open = new Anchor(e.itemRoute(), getTranslation("attest.entry.open"));
                    open.getElement().setAttribute("router-link", true);
                    open.addClassName("gv-entry-item");
                    add(open);
                }
            }
            case REJECTED -> add(new Paragraph(getTranslation("attest.entry.rejected", e.rejectReason() == null ? "" : e.rejectReason())));
            case EXPIRED -> add(new Paragraph(getTranslation("attest.entry.expired")));
        }
    }

    private Div phoneCode(EntrySummary e) {
        Div section = section("attest.phone.title");
        section.addClassName("gv-attest-phone");
        if (e.maskedPhone() == null) {
            section.add(new Paragraph(getTranslation("attest.phone.none")));
            return section;
        }
        Button send = new Button(getTranslation("attest.phone.send"), click -> {
            if (new FormErrors(this).attempt(() -> entries.sendCode(entryId))) {
                Toasts.success(getTranslation("attest.phone.sent", e.maskedPhone()));
            }
            click.getSource().setEnabled(true);
        });
        send.setDisableOnClick(true);
        TextField code = new TextField(getTranslation("attest.phone.code"));
        code.setMaxLength(6);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        FormErrors errors = new FormErrors(this).bind("code", code);
        Button attest = new Button(getTranslation("attest.phone.attest"), click -> attested(errors.attempt(() -> entries.attestByCode(entryId,
                code.getValue()))));
        attest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(new Paragraph(getTranslation("attest.phone.text", e.maskedPhone())), send, code, attest);
        return section;
    }

    private Div slip() {
        Div section = section("attest.slip.title");
        Button print = new Button(getTranslation("attest.slip.print"),
                click -> getUI().ifPresent(ui -> ui.navigate("staff/entries/" + entryId + "/slip")));
        section.add(new Paragraph(getTranslation("attest.slip.text")), print);
        return section;
    }

    private Div inPerson() {
        Div section = section("attest.person.title");
        TextField login = new TextField(getTranslation("witness.login"));
        login.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        PasswordField password = new PasswordField(getTranslation("witness.password"));
        FormErrors errors = new FormErrors(this).bind("witness", login);
        Button attest = new Button(getTranslation("attest.person.attest"),
                click -> attested(errors.attempt(() -> entries.attestInPerson(entryId, login.getValue(), password.getValue()))));
        section.add(new Paragraph(getTranslation("attest.person.text")), login, password, attest);
        return section;
    }

    private void attested(boolean ok) {
        if (ok) {
            Toasts.success(getTranslation("attest.done"));
            show();
        }
    }

    private Div section(String titleKey) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.addClassName("gv-attest-method");
        section.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("max-width", "32em").set("margin-block", "var(--lumo-space-m)");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attest.entry.title", entryId);
    }
}
