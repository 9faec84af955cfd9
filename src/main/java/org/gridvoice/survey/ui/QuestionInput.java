package org.gridvoice.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.gridvoice.survey.Answer;
import org.gridvoice.survey.QuestionType;
import org.gridvoice.survey.SurveyDetails;

/**
 * One question as an accessible input of its type: a radio group (single choice, the 1–5 scale), a
 * checkbox group that says its maximum, a text field, a text area with a counter, or the matrix table.
 * Its label carries the question's number and text; a required question is marked and an error shows under it.
 */
final class QuestionInput {

    static final int MAX_TEXT = 2000;

    final SurveyDetails.Question question;
    private final Component component;
    private final HasValidation validation;
    private RadioButtonGroup<Integer> radios;
    private CheckboxGroup<Integer> checkboxes;
    private TextField shortText;
    private TextArea longText;
    private MatrixInput matrix;

    QuestionInput(Component owner, SurveyDetails.Question q) {
        this.question = q;
        String label = owner.getTranslation("surveyview.question.label", q.number(), q.text());
        switch (q.type()) {
            case SINGLE -> {
                radios = new RadioButtonGroup<>(label);
                radios.setItems(indexes(q.options().size()));
                radios.setItemLabelGenerator(i -> q.options().get(i));
                radios.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                component = radios;
                validation = radios;
            }
            case MULTIPLE -> {
                // required said in words: the group's role=group allows no aria-required
                checkboxes = new CheckboxGroup<>(q.required() ? owner.getTranslation("surveyview.question.required", label) : label);
                checkboxes.setItems(indexes(q.options().size()));
                checkboxes.setItemLabelGenerator(i -> q.options().get(i));
                checkboxes.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
                int max = q.maxChoices() == null ? q.options().size() : q.maxChoices();
                checkboxes.setHelperText(owner.getTranslation("surveyview.question.max", max));
                checkboxes.addValueChangeListener(e -> {
                    boolean over = e.getValue().size() > max;
                    checkboxes.setInvalid(over);
                    checkboxes.setErrorMessage(over ? owner.getTranslation("surveyview.question.too-many", max) : null);
                });
                component = checkboxes;
                validation = checkboxes;
            }
            case SCALE -> {
                radios = new RadioButtonGroup<>(label);
                radios.setItems(1, 2, 3, 4, 5);
                boolean named = q.options() != null && q.options().size() == 2;
                radios.setItemLabelGenerator(v -> named && v == 1 ? owner.getTranslation("surveyview.scale.named", v, q.options().get(0))
                        : named && v == 5 ? owner.getTranslation("surveyview.scale.named", v, q.options().get(1)) : String.valueOf(v));
                radios.addClassName("gv-survey-scale");
                component = radios;
                validation = radios;
            }
            case SHORT_TEXT -> {
                shortText = new TextField(label);
                shortText.setMaxLength(500);
                shortText.setWidthFull();
                component = shortText;
                validation = shortText;
            }
            case LONG_TEXT -> {
                longText = new TextArea(label);
                longText.setMaxLength(MAX_TEXT);
                longText.setWidthFull();
                longText.setMinHeight("8em");
                longText.setValueChangeMode(ValueChangeMode.LAZY);
                longText.setHelperText(owner.getTranslation("surveyview.question.counter", 0, MAX_TEXT));
                longText.addValueChangeListener(e -> longText.setHelperText(
                        owner.getTranslation("surveyview.question.counter", e.getValue().length(), MAX_TEXT)));
                component = longText;
                validation = longText;
            }
            case MATRIX -> {
                matrix = new MatrixInput(label, q);
                component = matrix;
                validation = matrix;
            }
            default -> throw new IllegalStateException(q.type().name());
        }
        component.setId("survey-q-" + q.number());
        component.addClassName("gv-survey-question");
        if (q.type() == QuestionType.MATRIX) {
            matrix.setRequired(q.required());
        } else if (q.type() != QuestionType.MULTIPLE && component instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
            value.setRequiredIndicatorVisible(q.required());
        }
    }

    Component component() {
        return component;
    }

    /** The answer as entered, or null when the question was left empty. */
    Answer answer() {
        return switch (question.type()) {
            case SINGLE -> radios.getValue() == null ? null : Answer.choices(List.of(radios.getValue()));
            case MULTIPLE -> checkboxes.getValue().isEmpty() ? null : Answer.choices(checkboxes.getValue().stream().sorted().toList());
            case SCALE -> radios.getValue() == null ? null : Answer.scale(radios.getValue());
            case SHORT_TEXT -> blank(shortText.getValue()) ? null : Answer.text(shortText.getValue().strip());
            case LONG_TEXT -> blank(longText.getValue()) ? null : Answer.text(longText.getValue().strip());
            case MATRIX -> matrix.answer();
        };
    }

    /** Shows an earlier answer (to change it). */
    void fill(Answer answer) {
        if (answer == null) {
            return;
        }
        switch (question.type()) {
            case SINGLE -> radios.setValue(answer.choices() == null || answer.choices().isEmpty() ? null : answer.choices().getFirst());
            case MULTIPLE -> checkboxes.setValue(answer.choices() == null ? java.util.Set.of() : new java.util.HashSet<>(answer.choices()));
            case SCALE -> radios.setValue(answer.scale());
            case SHORT_TEXT -> shortText.setValue(answer.text() == null ? "" : answer.text());
            case LONG_TEXT -> longText.setValue(answer.text() == null ? "" : answer.text());
            case MATRIX -> matrix.fill(answer.matrix());
        }
    }

    HasValidation validation() {
        return validation;
    }

    void error(String message) {
        validation.setErrorMessage(message);
        validation.setInvalid(message != null);
    }

    void setReadOnly(boolean readOnly) {
        if (component instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
            value.setReadOnly(readOnly);
        } else {
            matrix.setReadOnly(readOnly);
        }
    }

    private static List<Integer> indexes(int n) {
        return new ArrayList<>(IntStream.range(0, n).boxed().toList());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
