package org.gridvoice.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gridvoice.survey.QuestionForm;
import org.gridvoice.survey.QuestionType;

/**
 * One question in the editor: its type, wording, whether it is required, and what its type needs (choices or
 * the matrix's scale one per line, a matrix's rows, multiple choice's maximum, a scale's two end labels), with
 * buttons to move it up or down and to remove it. Each input is named with the question's number for screen readers.
 */
final class QuestionEditor extends Div {

    final Select<QuestionType> type = new Select<>();
    final TextField text = new TextField();
    final Checkbox required = new Checkbox();
    final TextArea options = new TextArea();
    final TextArea rows = new TextArea();
    final IntegerField maxChoices = new IntegerField();
    final Button up = iconButton(VaadinIcon.ARROW_UP, "surveyview.editor.question.up");
    final Button down = iconButton(VaadinIcon.ARROW_DOWN, "surveyview.editor.question.down");
    final Button remove = iconButton(VaadinIcon.TRASH, "surveyview.editor.question.remove");
    private final H4 heading = new H4();

    QuestionEditor() {
        addClassName("gv-survey-question-editor");
        type.setLabel(getTranslation("surveyview.editor.question.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("surveyview.type." + t.name()));
        type.setValue(QuestionType.SINGLE);
        type.setWidth("18em");
        type.setMaxWidth("100%");
        type.addValueChangeListener(e -> showFieldsOfType());
        text.setLabel(getTranslation("surveyview.editor.question.text"));
        text.setMaxLength(500);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        required.setLabel(getTranslation("surveyview.editor.question.required"));
        options.setWidthFull();
        options.setMinHeight("6em");
        rows.setLabel(getTranslation("surveyview.editor.question.rows"));
        rows.setHelperText(getTranslation("surveyview.editor.one-per-line"));
        rows.setWidthFull();
        rows.setMinHeight("6em");
        maxChoices.setLabel(getTranslation("surveyview.editor.question.max"));
        maxChoices.setMin(1);
        maxChoices.setMax(20);
        maxChoices.setStepButtonsVisible(true);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div head = new Div(heading, up, down, remove);
        head.addClassName("gv-survey-editor-head");
        Div kind = new Div(type, required);
        kind.addClassName("gv-survey-editor-row");
        add(head, kind, text, options, rows, maxChoices);
        showFieldsOfType();
    }

    void number(int n) {
        heading.setText(getTranslation("surveyview.editor.question.title", n));
        for (com.vaadin.flow.component.Component field : List.<com.vaadin.flow.component.Component>of(type, text, options, rows, maxChoices)) {
            field.getElement().setAttribute("aria-description", heading.getText());
        }
        up.setAriaLabel(getTranslation("surveyview.editor.question.up.of", n));
        down.setAriaLabel(getTranslation("surveyview.editor.question.down.of", n));
        remove.setAriaLabel(getTranslation("surveyview.editor.question.remove.of", n));
        setId("survey-editor-q-" + n);
    }

    private void showFieldsOfType() {
        QuestionType t = type.getValue();
        boolean choices = t == QuestionType.SINGLE || t == QuestionType.MULTIPLE;
        options.setVisible(choices || t == QuestionType.MATRIX || t == QuestionType.SCALE);
        options.setLabel(getTranslation(t == QuestionType.MATRIX ? "surveyview.editor.question.scale"
                : t == QuestionType.SCALE ? "surveyview.editor.question.ends" : "surveyview.editor.question.options"));
        options.setHelperText(getTranslation(t == QuestionType.SCALE ? "surveyview.editor.question.ends.help"
                : "surveyview.editor.one-per-line"));
        rows.setVisible(t == QuestionType.MATRIX);
        maxChoices.setVisible(t == QuestionType.MULTIPLE);
    }

    QuestionForm form() {
        QuestionType t = type.getValue();
        boolean usesOptions = t != QuestionType.SHORT_TEXT && t != QuestionType.LONG_TEXT;
        return new QuestionForm(t, text.getValue().strip(), required.getValue(), usesOptions ? lines(options.getValue()) : List.of(),
                t == QuestionType.MATRIX ? lines(rows.getValue()) : List.of(), t == QuestionType.MULTIPLE ? maxChoices.getValue() : null);
    }

    void fill(QuestionForm q) {
        type.setValue(q.type());
        text.setValue(q.text() == null ? "" : q.text());
        required.setValue(q.required());
        options.setValue(q.options() == null ? "" : String.join("\n", q.options()));
        rows.setValue(q.rows() == null ? "" : String.join("\n", q.rows()));
        maxChoices.setValue(q.maxChoices());
    }

    /** The inputs a refusal of this question's field names ({@code prefix} is {@code sections[0].questions[1]}). */
    void bind(Map<String, HasValidation> fields, String prefix) {
        fields.put(prefix + ".type", type);
        fields.put(prefix + ".text", text);
        fields.put(prefix + ".options", options);
        fields.put(prefix + ".rows", rows);
        fields.put(prefix + ".maxChoices", maxChoices);
        // the service's rule for a whole question is about its choices, rows or maximum, else its wording
        fields.put(prefix, options.isVisible() ? options : rows.isVisible() ? rows : text);
    }

    private static List<String> lines(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Button iconButton(VaadinIcon icon, String tooltipKey) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(getTranslation(tooltipKey));
        return button;
    }
}
