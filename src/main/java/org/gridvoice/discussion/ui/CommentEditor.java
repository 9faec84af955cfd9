package org.gridvoice.discussion.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.gridvoice.discussion.Stance;
import org.gridvoice.shared.ui.FormErrors;

/**
 * Writes a comment, a reply or a correction: Markdown with a preview, an optional stance, and a
 * submit button whose service call's refusals show next to the text.
 */
class CommentEditor extends Div {

    static final int MAX_LENGTH = 5_000;
    private static final AtomicLong PREVIEW_IDS = new AtomicLong();

    /** The service call the editor submits to; it may refuse with InvalidInput. */
    interface Action {
        void run(String body, Stance stance);
    }

    final TextArea body = new TextArea();
    final RadioButtonGroup<Optional<Stance>> stance = new RadioButtonGroup<>();
    /** Shows or hides the rendered text below the field; the field stays in view (no tabs: see {@link #showPreview}). */
    final Button previewToggle = new Button();
    final Button submit = new Button();
    final Div buttons = new Div(submit, previewToggle);
    final Div preview = new Div();
    private final UnaryOperator<String> markdown;
    private final FormErrors errors = new FormErrors(this).bind("body", body);

    CommentEditor(UnaryOperator<String> markdown, String labelKey, String submitKey, Action action, Runnable afterwards) {
        this.markdown = markdown;
        body.setLabel(getTranslation(labelKey));
        body.setHelperText(getTranslation("discussion.field.body.help"));
        body.setMaxLength(MAX_LENGTH);
        body.setRequiredIndicatorVisible(true);
        body.setManualValidation(true);
        body.setWidthFull();
        body.setMinHeight("6em");
        preview.setId(nextPreviewId());
        preview.addClassName("gv-comment-preview");
        previewToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previewToggle.getElement().setAttribute("aria-controls", preview.getId().orElseThrow());
        previewToggle.addClickListener(e -> showPreview(!preview.isVisible()));
        showPreview(false);

        stance.setLabel(getTranslation("discussion.field.stance"));
        List<Optional<Stance>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        for (Stance s : Stance.values()) {
            choices.add(Optional.of(s));
        }
        stance.setItems(choices);
        stance.setItemLabelGenerator(choice -> choice.map(s -> getTranslation(StanceBadge.key(s)))
                .orElseGet(() -> getTranslation("discussion.stance.none")));
        stance.setValue(Optional.empty());

        submit.setText(getTranslation(submitKey));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            Optional<Stance> chosen = stance.getValue();
            if (errors.attempt(() -> action.run(body.getValue(), chosen == null ? null : chosen.orElse(null)))) {
                reset();
                afterwards.run();
            }
        });
        buttons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
        add(body, preview, stance, buttons);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.Margin.Vertical.SMALL);
    }

    /** Starts from an existing text and stance (for a correction). */
    CommentEditor fill(String text, Stance current) {
        body.setValue(text == null ? "" : text);
        stance.setValue(Optional.ofNullable(current));
        return this;
    }

    /** Adds a Cancel button (for the inline reply and correction forms). */
    CommentEditor cancellable(Runnable cancel) {
        Button cancelButton = new Button(getTranslation("action.cancel"), e -> cancel.run());
        cancelButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buttons.add(cancelButton);
        return this;
    }

    private void reset() {
        body.clear();
        stance.setValue(Optional.empty());
        showPreview(false);
    }

    /**
     * Renders the text below the field, or hides it. A Write / Preview tab sheet did this before: it added four custom
     * elements to every comment form and sent a request of its own ({@code updateSelectedTab}) when a proposal page
     * opened (issue 19's browser benchmark); with the preview below, the writer also sees both at once.
     */
    private void showPreview(boolean shown) {
        preview.removeAll();
        if (shown) {
            String html = markdown.apply(body.getValue());
            preview.add(html.isBlank() ? new Paragraph(getTranslation("discussion.editor.preview.empty"))
                    : new Html("<div>" + html + "</div>"));
        }
        preview.setVisible(shown);
        previewToggle.setText(getTranslation(shown ? "discussion.editor.preview.hide" : "discussion.editor.preview"));
        previewToggle.getElement().setAttribute("aria-expanded", Boolean.toString(shown));
    }

    /** An id per editor on the page (a proposal page may hold the comment form and a reply form at once). */
    private static String nextPreviewId() {
        return "comment-preview-" + PREVIEW_IDS.incrementAndGet();
    }
}
