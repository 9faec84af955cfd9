package org.gridvoice.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.gridvoice.survey.QuestionForm;
import org.gridvoice.survey.SectionForm;

/**
 * One section in the editor: its title, an optional introduction and its questions, which are added, removed
 * and moved up or down here (the moved question's button keeps the focus, so a keyboard user can move it on).
 * Questions are numbered across the survey: {@code renumber} asks the editor to number them all again.
 */
final class SectionEditor extends Div {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final List<QuestionEditor> questions = new ArrayList<>();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());
    final ErrorLine questionsError = new ErrorLine();
    private final H3 heading = new H3();
    private final Div list = new Div();
    private final Runnable renumber;

    SectionEditor(Runnable renumber) {
        this.renumber = renumber;
        addClassName("gv-survey-section-editor");
        title.setLabel(getTranslation("surveyview.editor.section.title"));
        title.setMaxLength(120);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        description.setLabel(getTranslation("surveyview.editor.section.description"));
        description.setMaxLength(2000);
        description.setWidthFull();
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        up.setTooltipText(getTranslation("surveyview.editor.section.up"));
        down.setTooltipText(getTranslation("surveyview.editor.section.down"));
        remove.setTooltipText(getTranslation("surveyview.editor.section.remove"));
        Button add = new Button(getTranslation("surveyview.editor.question.add"), VaadinIcon.PLUS.create(), e -> {
            QuestionEditor q = addQuestion();
            renumber.run();
            q.type.focus();
        });
        add.addClassName("gv-survey-add-question");
        Div head = new Div(heading, up, down, remove);
        head.addClassName("gv-survey-editor-head");
        add(head, title, description, list, questionsError, add);
    }

    QuestionEditor addQuestion() {
        QuestionEditor q = new QuestionEditor();
        q.up.addClickListener(e -> move(q, -1, q.up));
        q.down.addClickListener(e -> move(q, 1, q.down));
        q.remove.addClickListener(e -> {
            questions.remove(q);
            list.remove(q);
            renumber.run();
        });
        questions.add(q);
        list.add(q);
        return q;
    }

    private void move(QuestionEditor q, int delta, Button keepFocus) {
        int from = questions.indexOf(q);
        int to = from + delta;
        if (to < 0 || to >= questions.size()) {
            return;
        }
        questions.remove(from);
        questions.add(to, q);
        list.removeAll();
        questions.forEach(list::add);
        renumber.run();
        (keepFocus.isEnabled() ? keepFocus : keepFocus == q.up ? q.down : q.up).focus();
    }

    /** Numbers this section (1-based) and its questions from {@code next}; returns the next question's number. */
    int number(int section, int sections, IntSupplier next) {
        heading.setText(getTranslation("surveyview.editor.section.heading", section));
        setId("survey-editor-s-" + section);
        up.setAriaLabel(getTranslation("surveyview.editor.section.up.of", section));
        down.setAriaLabel(getTranslation("surveyview.editor.section.down.of", section));
        remove.setAriaLabel(getTranslation("surveyview.editor.section.remove.of", section));
        up.setEnabled(section > 1);
        down.setEnabled(section < sections);
        int last = 0;
        for (int i = 0; i < questions.size(); i++) {
            last = next.getAsInt();
            QuestionEditor q = questions.get(i);
            q.number(last);
            q.up.setEnabled(i > 0);
            q.down.setEnabled(i < questions.size() - 1);
        }
        return last;
    }

    SectionForm form() {
        return new SectionForm(title.getValue().strip(), description.getValue().strip(),
                questions.stream().map(QuestionEditor::form).toList());
    }

    void fill(SectionForm s) {
        title.setValue(s.title() == null ? "" : s.title());
        description.setValue(s.description() == null ? "" : s.description());
        for (QuestionForm q : s.questions()) {
            addQuestion().fill(q);
        }
    }

    void bind(Map<String, HasValidation> fields, String prefix) {
        fields.put(prefix + ".title", title);
        fields.put(prefix + ".description", description);
        fields.put(prefix + ".questions", questionsError);
        fields.put(prefix, title);
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).bind(fields, prefix + ".questions[" + i + "]");
        }
    }
}
