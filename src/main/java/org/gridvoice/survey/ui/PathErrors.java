package org.gridvoice.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.shared.validation.FieldProblem;
import org.gridvoice.shared.validation.InvalidInput;

/**
 * Puts refusals of a nested form next to their inputs: a problem's field ({@code sections[1].questions[0].options[2]})
 * goes to the input bound to its longest bound prefix ({@code sections[1].questions[0].options}); one with none
 * becomes a notification. The first problem per input is shown, as {@link org.gridvoice.shared.ui.FormErrors} does.
 */
final class PathErrors {

    private PathErrors() {
    }

    static void clear(Map<String, HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Returns the first input that shows a problem, to scroll to. */
    static HasValidation show(Component owner, Map<String, HasValidation> fields, InvalidInput refusal) {
        clear(fields);
        Set<HasValidation> shown = new HashSet<>();
        HasValidation first = null;
        for (FieldProblem problem : refusal.problems()) {
            String text = owner.getTranslation(problem.messageKey(), problem.args());
            HasValidation field = inputOf(fields, problem.field());
            if (field == null) {
                Toasts.error(text);
            } else if (shown.add(field)) {
                field.setErrorMessage(text);
                field.setInvalid(true);
                first = first == null ? field : first;
            }
        }
        return first;
    }

    static HasValidation inputOf(Map<String, HasValidation> fields, String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            HasValidation field = fields.get(p);
            if (field != null) {
                return field;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? null : p.substring(0, cut);
        }
        return null;
    }
}
