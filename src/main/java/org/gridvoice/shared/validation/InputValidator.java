package org.gridvoice.shared.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Runs Bean Validation on a request record and turns violations into {@link InvalidInput}.
 * Constraint messages are i18n keys (for example {@code validation.required}); the bound the
 * input broke becomes the message argument: {@code @Size}'s min or max, whichever was missed,
 * {@code @Min}/{@code @Max}'s value. Per field, "required" comes first.
 */
@Component
public class InputValidator {

    private static final Set<Class<? extends Annotation>> REQUIRED = Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

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
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
                        .thenComparing(v -> !isRequired(v))
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .map(InputValidator::toProblem)
                .toList();
        throw new InvalidInput(problems);
    }

    private static boolean isRequired(ConstraintViolation<?> violation) {
        return REQUIRED.contains(violation.getConstraintDescriptor().getAnnotation().annotationType());
    }

    private static FieldProblem toProblem(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object[] args = attributes.containsKey("value") ? new Object[] {attributes.get("value")}
                : attributes.containsKey("min") && attributes.containsKey("max") ? new Object[] {brokenSizeBound(violation, attributes)}
                : new Object[0];
        return new FieldProblem(violation.getPropertyPath().toString(), violation.getMessageTemplate(), args);
    }

    /** {@code @Size(min = 8)} leaves max at Integer.MAX_VALUE: name the bound the value actually missed. */
    private static Object brokenSizeBound(ConstraintViolation<?> violation, Map<String, Object> attributes) {
        int min = ((Number) attributes.get("min")).intValue();
        int max = ((Number) attributes.get("max")).intValue();
        if (max == Integer.MAX_VALUE) {
            return min;
        }
        if (min <= 0) {
            return max;
        }
        return length(violation.getInvalidValue()) < min ? min : max;
    }

    private static int length(Object value) {
        return switch (value) {
            case null -> 0;
            case CharSequence text -> text.length();
            case Collection<?> collection -> collection.size();
            case Map<?, ?> map -> map.size();
            case Object[] array -> array.length;
            default -> 0;
        };
    }
}
