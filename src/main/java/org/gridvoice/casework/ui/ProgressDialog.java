package org.gridvoice.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.gridvoice.casework.ProgressForm;
import org.gridvoice.shared.ui.FormErrors;

/** The office reports a funded project's milestone: what was reached, on which day, and the percent done. */
class ProgressDialog extends Dialog {

    interface Action {
        void run(ProgressForm form);
    }

    final TextField title = new TextField();
    final DatePicker reachedOn = new DatePicker();
    final IntegerField percent = new IntegerField();

    ProgressDialog(int lastPercent, LocalDate today, Action action, Runnable afterwards) {
        setHeaderTitle(getTranslation("casework.step.progress.title"));
        setWidth("min(560px, 95vw)");
        add(new Paragraph(getTranslation("casework.step.progress.text")));
        FormErrors errors = new FormErrors(this);
        title.setId("progress-title");
        title.setLabel(getTranslation("casework.step.progress.milestone"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        reachedOn.setId("progress-reached-on");
        reachedOn.setLabel(getTranslation("casework.step.progress.reached-on"));
        reachedOn.setLocale(getLocale());
        reachedOn.setMax(today);
        reachedOn.setValue(today);
        reachedOn.setRequiredIndicatorVisible(true);
        percent.setId("progress-percent");
        percent.setLabel(getTranslation("casework.step.progress.percent"));
        percent.setHelperText(getTranslation("casework.step.progress.percent.help", lastPercent));
        percent.setMin(0);
        percent.setMax(99);
        percent.setStepButtonsVisible(true);
        percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        percent.setRequiredIndicatorVisible(true);
        add(title, reachedOn, percent);
        errors.bind("title", title).bind("reachedOn", reachedOn).bind("percent", percent);
        Button confirm = new Button(getTranslation("casework.step.progress.confirm"), e -> {
            // an empty percent is sent as -1: the service's own check names the field
            ProgressForm form = new ProgressForm(title.getValue(), reachedOn.getValue(), percent.getValue() == null ? -1 : percent.getValue());
            if (errors.attempt(() -> action.run(form))) {
                close();
                afterwards.run();
            }
        });
        confirm.setId("progress-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
