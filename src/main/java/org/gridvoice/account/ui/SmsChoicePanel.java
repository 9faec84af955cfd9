package org.gridvoice.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import org.gridvoice.account.SmsChoice;
import org.gridvoice.account.SmsChoiceService;
import org.gridvoice.shared.ui.Toasts;

/**
 * On the profile: the choice to get the important notifications by text message too, shown only
 * to those with a confirmed phone. Turning it on asks first, saying which messages come by SMS.
 */
class SmsChoicePanel extends Div {

    final Checkbox sms = new Checkbox();
    private final SmsChoiceService choices;
    private boolean updating;

    SmsChoicePanel(SmsChoiceService choices) {
        this.choices = choices;
        setId("profile-sms");
        sms.setLabel(getTranslation("sms.choice.label"));
        sms.addValueChangeListener(e -> {
            if (updating) {
                return;
            }
            if (e.getValue()) {
                ask();
            } else {
                save(false);
            }
        });
        add(sms);
        setVisible(false);
        addAttachListener(e -> refresh());
    }

    /** Shows the choice as stored; hidden without a confirmed phone. */
    void refresh() {
        SmsChoice choice = choices.mine();
        setVisible(choice.offered());
        if (choice.offered()) {
            sms.setHelperText(getTranslation("sms.choice.help", choice.phone()));
            show(choice.chosen());
        }
    }

    private void ask() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("sms.choice.confirm.title"));
        dialog.setText(getTranslation("sms.choice.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("sms.choice.confirm.ok"));
        dialog.addConfirmListener(e -> save(true));
        dialog.addCancelListener(e -> show(false));
        dialog.open();
    }

    private void save(boolean on) {
        show(choices.choose(on).chosen());
        Toasts.success(getTranslation(on ? "sms.choice.on" : "sms.choice.off"));
    }

    private void show(boolean chosen) {
        updating = true;
        sms.setValue(chosen);
        updating = false;
    }
}
