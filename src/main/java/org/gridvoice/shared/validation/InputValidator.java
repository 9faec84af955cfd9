package org.gridvoice.shared.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Runs Bean Validation on a request record and turns violations into {@link InvalidInput}.
 * Constraint messages are i18n keys (for example {@code validation.required}); the
 * constraint's {@code max}/{@code min} become the message arguments.
 */
@Component
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public void check(Object request) {
        var violations = validator.validate(request);
        if (violations.isEmpty()) {
            return;
        }
        List<FieldProblem> problems = violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(InputValidator::toProblem)
                .toList();
        throw new InvalidInput(problems);
    }

    private static FieldProblem toProblem(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object[] args = attributes.containsKey("max") ? new Object[] {attributes.get("max")}
                : attributes.containsKey("min") ? new Object[] {attributes.get("min")}
                : new Object[0];
        return new FieldProblem(violation.getPropertyPath().toString(), violation.getMessageTemplate(), args);
    }
}
