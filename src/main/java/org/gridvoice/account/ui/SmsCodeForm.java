package org.gridvoice.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.gridvoice.account.CodeSent;
import org.gridvoice.shared.ui.FormErrors;

/**
 * Number, "send code", then the code from the text message and the step it unlocks. Says where the
 * code went, for how long it works and what to do if no text message arrives; every refusal of the
 * service (wrong number, too soon, wrong or expired code, ...) shows next to its field.
 */
class SmsCodeForm extends VerticalLayout {

    private final TextField phone = new TextField();
    private final TextField code = new TextField();
    private final Paragraph sent = new Paragraph();
    private final VerticalLayout codeStep = new VerticalLayout();
    private final FormErrors errors = new FormErrors(this);

    /**
     * @param fields     fields shown above the number (e.g. the display name), bound by their service field names
     * @param sender     sends a code to the typed number
     * @param confirmer  takes the number and the code and does the step (throws InvalidInput when refused)
     * @param confirmKey the text of the button that does it
     */
    SmsCodeForm(Map<String, Component> fields, Function<String, CodeSent> sender, BiConsumer<String, String> confirmer, String confirmKey) {
        setPadding(false);
        phone.setLabel(getTranslation("phone.field.number"));
        phone.setHelperText(getTranslation("phone.field.number.help"));
        phone.setRequiredIndicatorVisible(true);
        phone.setMaxLength(30);
        phone.setAllowedCharPattern("[0-9+()\\- ]");
        phone.setAutocomplete(Autocomplete.TEL);
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setWidthFull();
        code.setLabel(getTranslation("phone.field.code"));
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setWidthFull();
        errors.bind("phone", phone).bind("code", code);
        fields.forEach((name, field) -> {
            if (field instanceof HasValidation validated) {
                errors.bind(name, validated);
            }
        });

        Button send = new Button(getTranslation("phone.action.send"), e -> send(sender));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button confirm = new Button(getTranslation(confirmKey),
                e -> errors.attempt(() -> confirmer.accept(phone.getValue(), code.getValue())));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button resend = new Button(getTranslation("phone.action.resend"), e -> send(sender));
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph help = new Paragraph(getTranslation("phone.code.help"));
        help.addClassName("gv-note");
        sent.getElement().setAttribute("aria-live", "polite");
        codeStep.setPadding(false);
        codeStep.add(sent, code, confirm, resend, help);
        codeStep.setVisible(false);
        fields.values().forEach(this::add);
        add(phone, send, codeStep);
        getChildren().forEach(c -> c.getElement().getStyle().set("width", "100%"));
    }

    private void send(Function<String, CodeSent> sender) {
        CodeSent[] result = new CodeSent[1];
        if (errors.attempt(() -> result[0] = sender.apply(phone.getValue()))) {
            sent.setText(getTranslation("phone.code.sent", result[0].shown(), result[0].validMinutes()));
            codeStep.setVisible(true);
            code.clear();
            code.focus();
        }
    }
}
