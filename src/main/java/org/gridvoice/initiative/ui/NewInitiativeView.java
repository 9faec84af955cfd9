package org.gridvoice.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.concurrent.atomic.AtomicReference;
import org.gridvoice.initiative.InitiativeForm;
import org.gridvoice.initiative.InitiativeService;
import org.gridvoice.initiative.InitiativeSigning;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/** A verified resident opens an initiative in their community and signs it first; others read why they cannot. */
@Route("initiatives/new")
@PermitAll
public class NewInitiativeView extends Main implements HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea text = new TextArea();
    final Button submit;

    public NewInitiativeView(InitiativeSigning signing, InitiativeService initiatives) {
        addClassNames("gv-page", "gv-touch");
        title.setLabel(getTranslation("initiative.field.title"));
        title.setMaxLength(InitiativeForm.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        text.setLabel(getTranslation("initiative.field.text"));
        text.setMaxLength(InitiativeForm.MAX_TEXT);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        text.setMinHeight("12em");
        FormErrors errors = new FormErrors(this).bind("title", title).bind("text", text);
        submit = new Button(getTranslation("initiative.submit"), e -> {
            AtomicReference<Long> opened = new AtomicReference<>();
            boolean ok = errors.attempt(() -> opened.set(signing.open(new InitiativeForm(title.getValue(), text.getValue()))));
            e.getSource().setEnabled(true);
            if (ok) {
                Toasts.success(getTranslation("initiative.opened"));
                getUI().ifPresent(ui -> ui.navigate("initiatives/" + opened.get()));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        submit.setId("initiative-submit");
        Div actions = new Div(submit);
        actions.addClassName("gv-actions");
        add(new H2(getPageTitle()), new Paragraph(getTranslation("initiative.new.intro")));
        if (initiatives.mayOpen()) {
            add(title, text, actions);
        } else {
            Paragraph why = new Paragraph(getTranslation("initiative.new.not-verified"));
            why.setId("initiative-not-verified");
            add(why);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("initiative.new.title");
    }
}
