package org.gridvoice.shared.ui;

import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages at the bottom of the screen; callers pass text already translated. */
public final class Toasts {

    private Toasts() {
    }

    public static void success(String text) {
        FormErrors.notification(text, NotificationVariant.LUMO_SUCCESS).open();
    }

    public static void error(String text) {
        FormErrors.notification(text, NotificationVariant.LUMO_ERROR).open();
    }
}
