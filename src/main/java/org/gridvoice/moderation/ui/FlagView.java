package org.gridvoice.moderation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.moderation.FlagForm;
import org.gridvoice.moderation.FlagReason;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/**
 * Reporting a proposal or a comment to the committee. Other screens link here by URL only
 * ({@code flag/comment/123}, {@code flag/proposal/45}); after sending, the reader goes back to where they were.
 */
@Route("flag/:type/:id")
@PermitAll
public class FlagView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String TYPE = "type";
    static final String ID = "id";
    private static final Set<String> FLAGGABLE = Set.of(ContentRef.PROPOSAL, ContentRef.COMMENT);

    private final ModerationService moderation;
    final RadioButtonGroup<FlagReason> reason = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    private ContentRef target;

    public FlagView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        target = targetOf(event).orElse(null);
        if (target == null) {
            add(new H2(getTranslation("moderation.flag.invalid.title")), new Paragraph(getTranslation("moderation.flag.invalid")));
        } else {
            showForm();
        }
    }

    /** The content named by the URL, or empty when the type is not flaggable or the id is not a number. */
    static Optional<ContentRef> targetOf(BeforeEnterEvent event) {
        String type = event.getRouteParameters().get(TYPE).orElse(null);
        if (type == null || !FLAGGABLE.contains(type)) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
            return id > 0 ? Optional.of(new ContentRef(type, id)) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private void showForm() {
        Paragraph what = new Paragraph(getTranslation("moderation.flag.what", ModerationTexts.label(this, target)));
        what.addClassNames(LumoUtility.FontWeight.SEMIBOLD);

        reason.setLabel(getTranslation("moderation.flag.reason"));
        reason.setItems(FlagReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(ModerationTexts.reasonKey(r)));
        reason.setRequiredIndicatorVisible(true);
        reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        reason.clear();
        reason.setInvalid(false);

        note.setLabel(getTranslation("moderation.flag.note"));
        note.setHelperText(getTranslation("moderation.flag.note.help"));
        note.setMaxLength(500);
        note.setWidthFull();
        note.clear();
        note.setInvalid(false);

        FormErrors errors = new FormErrors(this).bind("reason", reason).bind("note", note);
        Button submit = new Button(getTranslation("moderation.flag.submit"), e -> {
            if (errors.attempt(() -> moderation.flag(new FlagForm(target, reason.getValue(), note.getValue())))) {
                Toasts.success(getTranslation("moderation.flag.sent"));
                UI.getCurrent().getPage().getHistory().back();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> UI.getCurrent().getPage().getHistory().back());
        Div buttons = new Div(cancel, submit);
        buttons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.Margin.Top.MEDIUM);

        Div form = new Div(what, reason, note, buttons);
        form.addClassName("gv-card");
        form.setMaxWidth("640px");
        add(new H2(getPageTitle()), new Paragraph(getTranslation("moderation.flag.intro")), form);
    }

    @Override
    public String getPageTitle() {
        return target == null ? getTranslation("moderation.flag.invalid.title")
                : getTranslation("moderation.flag.title." + target.type());
    }
}
