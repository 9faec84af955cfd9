package org.gridvoice.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.shared.ui.FormErrors;

/**
 * One step on a case: a note or reason, and where the step needs them, another office or an
 * expected date. The service checks everything again; the dialog closes only once it accepted.
 */
class StepDialog extends Dialog {

    /** What the step sends to the service. */
    record Input(String note, Long officeId, LocalDateTime expectedAt) {
    }

    interface Action {
        void run(Input input);
    }

    final TextArea note = new TextArea();
    final Select<OfficeSummary> office = new Select<>();
    final DateTimePicker expected = new DateTimePicker();

    /** {@code afterwards} gets what was sent, once the service accepted it. */
    StepDialog(String key, List<OfficeSummary> offices, boolean withExpected, boolean noteRequired, Action action,
               Consumer<Input> afterwards) {
        setHeaderTitle(getTranslation("casework.step." + key + ".title"));
        setWidth("min(560px, 95vw)");
        add(new Paragraph(getTranslation("casework.step." + key + ".text")));
        FormErrors errors = new FormErrors(this);
        if (offices != null) {
            office.setLabel(getTranslation("casework.step.office"));
            office.setItems(offices);
            office.setItemLabelGenerator(OfficeSummary::name);
            office.setWidthFull();
            office.setRequiredIndicatorVisible(true);
            add(office);
            errors.bind("officeId", office);
        }
        note.setLabel(getTranslation("casework.step." + key + ".note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setRequiredIndicatorVisible(noteRequired);
        add(note);
        errors.bind("note", note).bind("reason", note);
        if (withExpected) {
            expected.setLabel(getTranslation("casework.step.expected"));
            expected.setHelperText(getTranslation("casework.step.expected.help"));
            expected.setLocale(getLocale());
            add(expected);
            errors.bind("expectedAt", expected);
        }
        Button confirm = new Button(getTranslation("casework.step." + key + ".confirm"), e -> {
            Input input = new Input(note.getValue(), office.getValue() == null ? null : office.getValue().id(), expected.getValue());
            if (errors.attempt(() -> action.run(input))) {
                close();
                afterwards.accept(input);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
