package org.gridvoice.place.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import org.gridvoice.shared.ui.FormErrors;

/** Create or edit form in a dialog; it closes only when the service accepted the input. */
final class EditDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final FormErrors errors = new FormErrors(form);
    private final Button save = new Button();

    EditDialog(String title, Component... fields) {
        setHeaderTitle(title);
        setWidth("min(560px, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(fields);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    FormErrors errors() {
        return errors;
    }

    /** Saves with {@code call}; when the service accepted it, closes and hands what was saved to {@code afterSuccess}. */
    <R> void onSave(java.util.function.Supplier<R> call, java.util.function.Consumer<R> afterSuccess) {
        save.addClickListener(e -> {
            java.util.concurrent.atomic.AtomicReference<R> saved = new java.util.concurrent.atomic.AtomicReference<>();
            if (errors.attempt(() -> saved.set(call.get()))) {
                close();
                afterSuccess.accept(saved.get());
            }
        });
    }
}
