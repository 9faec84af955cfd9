package org.gridvoice.shared.validation;

import java.util.List;

/**
 * Thrown by services when input breaks a rule. Nothing has been stored when it is thrown;
 * views show each problem next to its field.
 */
public class InvalidInput extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String messageKey, Object... args) {
        return new InvalidInput(List.of(new FieldProblem(field, messageKey, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public boolean concerns(String field, String messageKey) {
        return problems.stream().anyMatch(p -> java.util.Objects.equals(p.field(), field) && p.messageKey().equals(messageKey));
    }
}
