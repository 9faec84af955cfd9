package org.gridvoice.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before a consequential action; texts are i18n keys translated by the owner. */
public final class Confirm {

    private Confirm() {
    }

    public static void ask(Component owner, String headerKey, String textKey, String confirmKey, Runnable action, Object... args) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(owner.getTranslation(headerKey, args));
        dialog.setText(owner.getTranslation(textKey, args));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("action.cancel"));
        dialog.setConfirmText(owner.getTranslation(confirmKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }
}
