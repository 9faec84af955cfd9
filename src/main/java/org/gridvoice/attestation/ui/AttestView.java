package org.gridvoice.attestation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.attestation.PublicEntry;
import org.gridvoice.attestation.ResidentAttestationService;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/**
 * Where a resident confirms or rejects what staff entered for them: signed out with the code of a
 * printed slip (any device), or signed in, where everything waiting for them is listed.
 */
@Route("attest")
@AnonymousAllowed
public class AttestView extends Main implements HasDynamicTitle, AfterNavigationObserver {

    private final ResidentAttestationService attestations;
    private final CurrentUser currentUser;
    private final Div mine = new Div();
    private final Div slipArea = new Div();
    final TextField slipCode = new TextField();

    public AttestView(ResidentAttestationService attestations, CurrentUser currentUser) {
        this.attestations = attestations;
        this.currentUser = currentUser;
        addClassNames("gv-page", "gv-touch");
        slipCode.setLabel(getTranslation("attest.page.code"));
        slipCode.setMaxLength(20);
        slipCode.getElement().setAttribute("autocomplete", "off");
        slipCode.getElement().setAttribute("autocapitalize", "characters");
        FormErrors errors = new FormErrors(this).bind("code", slipCode);
        Button open = new Button(getTranslation("attest.page.open"), click -> {
            AtomicReference<PublicEntry> found = new AtomicReference<>();
            if (errors.attempt(() -> found.set(attestations.slip(slipCode.getValue(), getLocale())))) {
                String code = slipCode.getValue();
                slipArea.removeAll();
                slipArea.add(card(found.get(), () -> attestations.attestBySlip(code), reason -> attestations.rejectBySlip(code, reason), false));
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getPageTitle()), new Paragraph(getTranslation("attest.page.intro")), mine, slipCode, open, slipArea);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showMine();
    }

    private void showMine() {
        mine.removeAll();
        if (currentUser.get().isEmpty()) {
            return;
        }
        mine.add(new H3(getTranslation("attest.page.mine")));
        List<PublicEntry> waiting = attestations.mine(getLocale());
        if (waiting.isEmpty()) {
            mine.add(new Paragraph(getTranslation("attest.page.mine.none")));
        }
        waiting.forEach(e -> mine.add(card(e, () -> attestations.attestMine(e.id()), reason -> attestations.rejectMine(e.id(), reason), true)));
    }

    /** The wording with its two answers; signed in, also the SMS code may be typed here. */
    private Component card(PublicEntry entry, Runnable attest, Consumer<String> reject, boolean signedIn) {
        Div card = new Div();
        card.addClassName("gv-attest-card");
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)").set("max-width", "32em")
                .set("margin-block", "var(--lumo-space-m)");
        TextArea reason = new TextArea(getTranslation("attest.page.reason"));
        reason.setMaxLength(500);
        reason.setVisible(false);
        FormErrors errors = new FormErrors(this).bind("reason", reason).bind("code", slipCode);
        Button yes = new Button(getTranslation("attest.page.confirm"), click -> {
            if (errors.attempt(attest)) {
                done(card, "attest.page.attested");
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button no = new Button(getTranslation("attest.page.reject"), click -> {
            if (!reason.isVisible()) {
                reason.setVisible(true);
                reason.focus();
            } else if (errors.attempt(() -> reject.accept(reason.getValue()))) {
                done(card, "attest.page.rejected");
            }
        });
        no.addThemeVariants(ButtonVariant.LUMO_ERROR);
        card.add(new Paragraph(getTranslation("attest.page.entered", entry.staffName(), Dates.format(entry.createdAt(), getLocale()))),
                EntryTexts.wording(entry.wording()), yes, no, reason);
        if (signedIn) {
            TextField smsCode = new TextField(getTranslation("attest.page.sms-code"));
            smsCode.setMaxLength(6);
            smsCode.getElement().setAttribute("inputmode", "numeric");
            smsCode.getElement().setAttribute("autocomplete", "one-time-code");
            FormErrors codeErrors = new FormErrors(this).bind("code", smsCode);
            Button byCode = new Button(getTranslation("attest.page.confirm-code"), click -> {
                if (codeErrors.attempt(() -> attestations.attestMineByCode(entry.id(), smsCode.getValue()))) {
                    done(card, "attest.page.attested");
                }
            });
            card.add(smsCode, byCode);
        }
        return card;
    }

    private void done(Div card, String key) {
        Toasts.success(getTranslation(key));
        card.removeAll();
        card.add(new Paragraph(getTranslation(key)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attest.page.title");
    }
}
