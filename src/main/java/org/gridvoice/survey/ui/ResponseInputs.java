package org.gridvoice.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.shared.validation.FieldProblem;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.survey.Answer;
import org.gridvoice.survey.ResponseForm;
import org.gridvoice.survey.SurveyDetails;

/**
 * A survey's questions as the respondent's form, section by section: what the survey page, the committee's
 * preview, the staff's paper entry and the staff-entry screen all show. It collects the answers into a
 * {@link ResponseForm}, checks required questions before asking the server, and puts the server's refusals
 * next to the questions they name.
 */
final class ResponseInputs extends Div {

    private final List<QuestionInput> inputs = new ArrayList<>();

    ResponseInputs(SurveyDetails survey) {
        addClassName("gv-survey-form");
        for (SurveyDetails.Section section : survey.sections()) {
            Section block = new Section();
            block.addClassName("gv-survey-section");
            H3 title = new H3(section.title());
            block.add(title);
            if (section.description() != null && !section.description().isBlank()) {
                block.add(new Paragraph(section.description()));
            }
            for (SurveyDetails.Question q : section.questions()) {
                QuestionInput input = new QuestionInput(this, q);
                inputs.add(input);
                block.add(input.component());
            }
            add(block);
        }
    }

    ResponseForm form() {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        for (QuestionInput input : inputs) {
            Answer answer = input.answer();
            if (answer != null) {
                answers.put(input.question.id(), answer);
            }
        }
        return new ResponseForm(answers);
    }

    /** Lets a shared form's refusals of an answer ({@code answers.12}, {@code answers[12]}) show next to its question. */
    void bind(FormErrors errors) {
        for (QuestionInput input : inputs) {
            errors.bind("answers." + input.question.id(), input.validation()).bind("answers[" + input.question.id() + "]", input.validation());
        }
    }

    void fill(ResponseForm form) {
        inputs.forEach(i -> i.fill(form.answers().get(i.question.id())));
    }

    void setReadOnly(boolean readOnly) {
        inputs.forEach(i -> i.setReadOnly(readOnly));
    }

    /** Marks unanswered required questions; true when none is missing. The server checks again. */
    boolean requiredAnswered() {
        clearErrors();
        boolean ok = true;
        for (QuestionInput input : inputs) {
            if (input.question.required() && input.answer() == null) {
                input.error(getTranslation("surveyview.error.required"));
                if (ok) {
                    input.component().getElement().callJsFunction("scrollIntoView");
                }
                ok = false;
            }
        }
        return ok;
    }

    void clearErrors() {
        inputs.forEach(i -> i.error(null));
    }

    /**
     * Sends the answers with {@code call}: a refusal goes next to its questions and false is returned; any other
     * failure is told as "nothing was changed" (as {@link FormErrors#attempt} does).
     */
    boolean attempt(Runnable call) {
        return new FormErrors(this).attempt(() -> {
            try {
                call.run();
            } catch (InvalidInput refusal) {
                show(refusal);
                throw new InvalidInput(List.of());
            }
        });
    }

    /** Puts each problem next to the question it names (by id or number); others become a notification. */
    void show(InvalidInput refusal) {
        clearErrors();
        for (FieldProblem problem : refusal.problems()) {
            String text = getTranslation(problem.messageKey(), problem.args());
            Optional<QuestionInput> input = questionOf(problem);
            if (input.isPresent()) {
                input.get().error(text);
            } else {
                Toasts.error(text);
            }
        }
    }

    /**
     * The question a problem concerns: its field names the question's id ({@code answers.12}, {@code answers[12]},
     * {@code 12}), or a "required" problem names its number as the first argument.
     */
    private Optional<QuestionInput> questionOf(FieldProblem problem) {
        String field = problem.field() == null ? "" : problem.field();
        String digits = field.replaceAll("^\\D*(\\d+).*$", "$1");
        if (!digits.equals(field) || field.matches("\\d+")) {
            try {
                long id = Long.parseLong(digits);
                Optional<QuestionInput> byId = inputs.stream().filter(i -> i.question.id() == id).findFirst();
                if (byId.isPresent()) {
                    return byId;
                }
            } catch (NumberFormatException ignored) {
                // not a question's id
            }
        }
        if (problem.messageKey().equals("survey.error.required") && problem.args().length > 0) {
            String number = String.valueOf(problem.args()[0]);
            return inputs.stream().filter(i -> String.valueOf(i.question.number()).equals(number)).findFirst();
        }
        return Optional.empty();
    }
}
