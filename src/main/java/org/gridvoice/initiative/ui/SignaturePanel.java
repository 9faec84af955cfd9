package org.gridvoice.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.initiative.InitiativeDetails;
import org.gridvoice.shared.ui.Confirm;

/**
 * The reader's one action: sign (after a confirmation), take the signature back while that is allowed, or a
 * disabled Sign button with the reason next to it (the same reason the service would refuse with).
 */
class SignaturePanel extends Div {

    final Button action;
    final Span note = new Span();

    SignaturePanel(InitiativeDetails details, Runnable sign, Runnable withdraw) {
        String title = details.summary().title();
        if (details.signedByMe()) {
            action = new Button(getTranslation("initiative.withdraw"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> Confirm.ask(this, "initiative.withdraw.confirm.title", "initiative.withdraw.confirm.text", "initiative.withdraw",
                            withdraw, title));
            action.setId("initiative-withdraw");
            note.setText(getTranslation("initiative.signed.mine"));
            if (details.withdrawRefusal() != null) {
                disable(getTranslation("initiative.signed.mine") + " " + getTranslation(details.withdrawRefusal()));
            }
        } else {
            action = new Button(getTranslation("initiative.sign"), VaadinIcon.PENCIL.create(),
                    e -> Confirm.ask(this, "initiative.sign.confirm.title", "initiative.sign.confirm.text", "initiative.sign", sign, title));
            action.setId("initiative-sign");
            action.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            if (details.signRefusal() != null) {
                disable(getTranslation(details.signRefusal()));
            }
        }
        note.setId("initiative-sign-note");
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        action.getElement().setAttribute("aria-describedby", "initiative-sign-note");
        add(action, note);
        addClassNames("gv-touch", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER,
                LumoUtility.Margin.Vertical.MEDIUM);
    }

    private void disable(String why) {
        action.setEnabled(false);
        action.setTooltipText(why);
        note.setText(why);
    }
}
